/**
 * The CI set-ups of docs/ci.md, tried in a scratch git repository that holds only notices
 * (copied from fixtures/), as far as they can run here: the GitHub action's own shell steps
 * read from action.yml, the GitLab job's script read from docs/ci.md, and the pre-commit
 * hook's entry on the files its patterns pick. seloste is the built CLI of this checkout,
 * on PATH as `seloste` (what the install line puts there).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, REPO, SEED, TIMEOUT, removeDir, tempDir } from './run.js';

const opts = { timeout: 4 * TIMEOUT };
let scratch: string;
let binDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A script as GitHub and GitLab run a step: bash, stop at the first failing command. */
function bash(script: string, env: Record<string, string> = {}): Run {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: scratch,
    env: { ...process.env, NO_COLOR: '1', PATH: `${binDir}:${process.env.PATH}`, ...env },
    encoding: 'utf8',
    timeout: 2 * TIMEOUT,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  scratch = tempDir();
  execFileSync('git', ['init', '-q'], { cwd: scratch });
  mkdirSync(join(scratch, 'notices'));
  copyFileSync(join(REPO, SEED['002']), join(scratch, 'notices', 'asiakasrekisteri.txt'));
  copyFileSync(join(REPO, SEED['003']), join(scratch, 'notices', 'markkinointirekisteri.txt'));
  writeFileSync(join(scratch, 'README.md'), '# Tietosuojaselosteet\n\nTämä kansio pitää selosteet.\n');
  binDir = join(scratch, '.bin');
  mkdirSync(binDir);
  writeFileSync(join(binDir, 'seloste'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(binDir, 'seloste'), 0o755);
});
afterAll(() => removeDir(scratch));

describe('GitHub composite action (action.yml)', () => {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));
  const steps: {
    id?: string;
    name?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
    if?: string;
  }[] = action.runs.steps;

  /** `${{ inputs.x }}`, `${{ github.action_path }}` and `${{ steps.lint.outputs.exit-code }}` as GitHub fills them. */
  function expand(value: string, inputs: Record<string, string>, outputs: Record<string, string>): string {
    return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
      if (expr === 'github.action_path') return REPO;
      const input = /^inputs\.([\w-]+)$/.exec(expr);
      if (input) return inputs[input[1]] ?? '';
      const output = /^steps\.lint\.outputs\.([\w-]+)$/.exec(expr);
      if (output) return outputs[output[1]] ?? '';
      throw new Error(`unexpected expression ${expr}`);
    });
  }

  /** Runs the action's shell steps after its build step, as a job would; the upload step is checked, not run. */
  function runAction(given: Record<string, string>): { outputs: Record<string, string>; lint: Run; result: Run } {
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(action.inputs as Record<string, { default?: string }>))
      inputs[name] = given[name] ?? spec.default ?? '';
    const outputFile = join(scratch, `.github-output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    const env = (step: (typeof steps)[number], outputs: Record<string, string>) =>
      Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs, outputs)]));
    const lintStep = steps.find((s) => s.id === 'lint')!;
    const lint = bash(lintStep.run!, { ...env(lintStep, {}), GITHUB_OUTPUT: outputFile });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('=') as [string, string]),
    );
    const resultStep = steps[steps.length - 1];
    const result = bash(resultStep.run!, env(resultStep, outputs));
    return { outputs, lint, result };
  }

  it('is a composite action with the inputs paths, format and baseline, that sets up Node 24 and uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'baseline']));
    expect(action.inputs['node-version'].default).toBe('24');
    expect(steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    const build = steps.find((s) => s.name === 'Build seloste')!;
    expect(build.run).toContain('npm ci');
    expect(build.run).toContain('npm run build');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!.sarif_file).toBe('${{ steps.lint.outputs.sarif }}');
    expect(upload.if).toContain('always()');
    expect(upload.if).toContain("steps.lint.outputs.sarif != ''");
  });

  it('lints the notices, writes the SARIF report for the upload, and fails the job with exit 1', opts, () => {
    const { outputs, lint, result } = runAction({ paths: 'notices/' });
    expect(lint.code, lint.stderr).toBe(0); // the step records the code; the upload still runs
    expect(outputs['exit-code']).toBe('1');
    expect(outputs.sarif).toBe('seloste.sarif'); // what the upload step uploads
    const sarif = JSON.parse(readFileSync(join(scratch, outputs.sarif), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const files = new Set(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0].physicalLocation.artifactLocation.uri,
      ),
    );
    expect([...files].sort()).toEqual(['notices/asiakasrekisteri.txt', 'notices/markkinointirekisteri.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=seloste::');
  });

  it('with a baseline from --write-baseline the job passes; a new notice from the same template fails it', opts, () => {
    const written = bash('seloste lint --write-baseline seloste-baseline.json notices/');
    expect(written.code, written.stderr).toBe(0);
    const pass = runAction({ paths: 'notices/', baseline: 'seloste-baseline.json' });
    expect(pass.outputs['exit-code']).toBe('0');
    expect(pass.result.code).toBe(0);
    copyFileSync(join(scratch, 'notices', 'asiakasrekisteri.txt'), join(scratch, 'notices', 'jasenrekisteri.txt'));
    try {
      const fail = runAction({ paths: 'notices/', baseline: 'seloste-baseline.json' });
      expect(fail.outputs['exit-code']).toBe('1');
      const sarif = JSON.parse(readFileSync(join(scratch, 'seloste.sarif'), 'utf8'));
      const uris = new Set(
        sarif.runs[0].results.map(
          (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            r.locations[0].physicalLocation.artifactLocation.uri,
        ),
      );
      expect([...uris]).toEqual(['notices/jasenrekisteri.txt']);
    } finally {
      execFileSync('rm', [
        '-f',
        join(scratch, 'notices', 'jasenrekisteri.txt'),
        join(scratch, 'seloste-baseline.json'),
      ]);
    }
  });

  it('format github writes annotations and no file; a quoted glob is expanded by seloste, not the shell', opts, () => {
    const { outputs, lint } = runAction({ paths: 'notices/*.txt', format: 'github', output: 'ei-tata.sarif' });
    expect(outputs['exit-code']).toBe('1');
    expect(lint.stdout).toMatch(/^::error file=notices\/asiakasrekisteri\.txt,line=\d+/m);
    expect(existsSync(join(scratch, 'ei-tata.sarif'))).toBe(false);
    expect(outputs.sarif).toBeUndefined(); // nothing to upload
  });
});

/** The first ```yaml block under a heading of docs/ci.md. */
function docBlock(heading: string): unknown {
  const doc = readFileSync(join(REPO, 'docs', 'ci.md'), 'utf8');
  const at = doc.indexOf(`\n## ${heading}`);
  expect(at, heading).toBeGreaterThan(0);
  const m = /```yaml\n([\s\S]*?)```/.exec(doc.slice(at));
  return parse(m![1]);
}

describe('GitLab CI job (docs/ci.md)', () => {
  it('uses Node 24 and installs seloste from its git repository, pinned', () => {
    const job = (
      docBlock('GitLab CI') as Record<string, { image: string; variables: Record<string, string>; script: string[] }>
    ).seloste;
    expect(job.image).toBe('node:24');
    expect(job.variables.SELOSTE).toMatch(/^git\+https:\/\/.+\.git#v\d+\.\d+\.\d+$/);
    expect(job.script[0]).toBe('npm install --prefix "$HOME/seloste" --no-save --no-audit --no-fund "$SELOSTE"');
    expect(job.script[1]).toBe('export PATH="$HOME/seloste/node_modules/.bin:$PATH"');
  });

  it('its script runs in a notices-only repository and leaves the JUnit report GitLab reads', opts, () => {
    const job = (
      docBlock('GitLab CI') as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>
    ).seloste;
    expect(bash('seloste lint --write-baseline seloste-baseline.json notices/').code).toBe(0);
    try {
      // the install line is left out here (it needs the network and a minute; tried by hand, docs/ci.md)
      const r = bash(job.script.slice(1).join('\n'));
      expect(r.code, r.stderr).toBe(0);
      const xml = readFileSync(join(scratch, job.artifacts.reports.junit), 'utf8');
      expect(xml).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="seloste" tests="\d+" failures="0"/,
      );
      expect(xml.match(/<testsuite /g)!.length).toBe(2);
    } finally {
      execFileSync('rm', ['-f', join(scratch, 'seloste-baseline.json')]);
    }
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    exclude: string;
  }[];

  it('is a node hook named seloste', () => {
    expect(hook.id).toBe('seloste');
    expect(hook.language).toBe('node');
    expect(hook.entry).toMatch(/^seloste lint/);
  });

  it('runs on the notices its patterns pick (README.md left out) and stops a commit with errors', opts, () => {
    execFileSync('git', ['add', '-A'], { cwd: scratch });
    const tracked = execFileSync('git', ['ls-files'], { cwd: scratch, encoding: 'utf8' }).split('\n').filter(Boolean);
    const picked = tracked.filter((f) => new RegExp(hook.files).test(f) && !new RegExp(hook.exclude).test(f));
    expect(picked.sort()).toEqual(['notices/asiakasrekisteri.txt', 'notices/markkinointirekisteri.txt']);
    const r = bash(`${hook.entry} ${picked.join(' ')}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('notices/asiakasrekisteri.txt');
  });
});
