/**
 * `seloste lint`: batches with bad files, the JSON contract, exit codes, language, colour, --output.
 * What the command prints and its exit code are checked in process (`cli`, the CLI's own main);
 * a few runs stay end to end through the built bin (`seloste`, a child process): a batch with
 * unreadable files (exit 2, report on stdout, one line each on stderr), exit 1 and exit 0,
 * FORCE_COLOR, and -o.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from 'seloste';
import {
  ANSI,
  CLEAN,
  REPO,
  SEED,
  TIMEOUT,
  cli,
  cliJson,
  lines,
  lintJson,
  listing,
  removeDir,
  seloste,
  tempDir,
} from './run.js';

const opts = { timeout: TIMEOUT };

describe('lint on a batch that mixes good and bad files', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    copyFileSync(join(REPO, CLEAN), join(dir, 'a_clean.txt'));
    copyFileSync(join(REPO, SEED['003']), join(dir, 'b_003.txt'));
    copyFileSync(join(REPO, 'fixtures/docs/empty_zero_bytes.pdf'), join(dir, 'c_empty.pdf'));
    copyFileSync(join(REPO, 'fixtures/ingest/old-word.doc'), join(dir, 'd_old.doc'));
  });
  afterAll(() => removeDir(dir));

  it(
    'a folder: exit 2, good files reported, each bad file an input/unreadable finding and one stderr line',
    opts,
    async () => {
      const r = await lintJson([dir]);
      expect(r.code).toBe(2);
      const byName = new Map(r.report.files.map((f) => [f.file.slice(f.file.lastIndexOf('/') + 1), f]));
      expect([...byName.keys()].sort()).toEqual(['a_clean.txt', 'b_003.txt', 'c_empty.pdf', 'd_old.doc']);
      expect(byName.get('a_clean.txt')!.format).toBe('text');
      expect(byName.get('a_clean.txt')!.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(byName.get('b_003.txt')!.findings.some((f) => f.ruleId === 'section/required')).toBe(true);
      for (const bad of ['c_empty.pdf', 'd_old.doc']) {
        const findings = byName.get(bad)!.findings;
        expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['input/unreadable', 'error']]);
        expect(findings[0].message.length).toBeGreaterThan(10);
      }
      expect(r.report.summary.unreadable).toBe(2);
      expect(r.report.summary.files).toBe(4);
      const err = lines(r.stderr);
      expect(err).toHaveLength(2);
      expect(err.some((l) => l.startsWith('seloste: ') && l.includes('c_empty.pdf: '))).toBe(true);
      expect(err.some((l) => l.startsWith('seloste: ') && l.includes('d_old.doc: '))).toBe(true);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(listing(dir)).toEqual(['a_clean.txt', 'b_003.txt', 'c_empty.pdf', 'd_old.doc']);
    },
  );

  it('a list of paths (with a missing one), stylish: exit 2, the good file still reported', opts, async () => {
    const missing = 'fixtures/ei_ole.txt';
    const r = await cli(['lint', SEED['003'], 'fixtures/ingest/random.bin', missing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(SEED['003']);
    expect(r.stdout).toContain('section/required');
    expect(r.stdout).toContain('input/unreadable');
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^seloste: fixtures\/ingest\/random\.bin: \S/),
      expect.stringMatching(/^seloste: fixtures\/ei_ole\.txt: \S/),
    ]);
    expect(existsSync(join(REPO, missing))).toBe(false);
  });

  it('the same list as JSON counts both unreadable files', opts, async () => {
    const r = await cliJson([SEED['003'], 'fixtures/ingest/random.bin', 'fixtures/ei_ole.txt']);
    expect(r.code).toBe(2);
    expect(r.report.files.map((f) => f.file)).toEqual([
      SEED['003'],
      'fixtures/ingest/random.bin',
      'fixtures/ei_ole.txt',
    ]);
    expect(r.report.summary.unreadable).toBe(2);
    expect(r.report.files[0].findings.length).toBeGreaterThan(0);
  });
});

describe('lint --format json (SPEC §6)', () => {
  it('on seed 002: the exact keys, and placeholder positions point into `seloste text`', opts, async () => {
    const r = await cliJson([SEED['002']]);
    const text = (await cli(['text', SEED['002']])).stdout;
    expect(Object.keys(r.report).sort()).toEqual(['files', 'summary', 'tool', 'version']);
    expect(r.report.version).toBe(1);
    expect(r.report.tool).toEqual({ name: 'seloste', version: expect.any(String) });
    expect(Object.keys(r.report.summary).sort()).toEqual(['errors', 'files', 'infos', 'unreadable', 'warnings']);
    expect(r.report.files).toHaveLength(1);
    expect(Object.keys(r.report.files[0]).sort()).toEqual(['file', 'findings', 'format']);
    const keys = [
      'ruleId',
      'severity',
      'message',
      'section',
      'line',
      'column',
      'endLine',
      'endColumn',
      'page',
      'excerpt',
      'suggestion',
      'gdpr',
    ];
    // the SPEC §6 keys, plus where a person finds it (issue 16), plus `safe` on a suggestion `seloste fix` applies
    const added = ['heading', 'whole', 'pageLine', 'paragraph'];
    for (const f of r.report.files[0].findings) {
      expect(
        Object.keys(f)
          .filter((k) => k !== 'safe')
          .sort(),
      ).toEqual([...keys, ...added].sort());
      if ('safe' in f) expect(f.suggestion).not.toBeNull();
      expect(f).not.toHaveProperty('range');
    }
    const placeholder = r.report.files[0].findings.find(
      (f) => f.ruleId === 'text/placeholder' && f.excerpt.includes('s-postiosoite'),
    );
    expect(placeholder, 'text/placeholder on s-postiosoite').toBeDefined();
    const textLines = text.split('\n');
    const p = placeholder!;
    expect(p.endLine).toBe(p.line);
    expect(textLines[p.line - 1].slice(p.column - 1, p.endColumn - 1)).toBe('s-postiosoite');
    const s = r.report.summary;
    const all = r.report.files[0].findings;
    expect([s.errors, s.warnings, s.infos]).toEqual(
      ['error', 'warning', 'info'].map((sev) => all.filter((f) => f.severity === sev).length),
    );
  });

  it('every finding position lies inside the text of every seed (in process, through the library)', async () => {
    // the text the library keeps is the text `seloste text` prints (test/cli/commands.test.ts)
    const result = await lintFiles(Object.values(SEED), { cwd: REPO, config: false, keepText: true });
    for (const file of result.report.files) {
      const textLines = file.text!.split('\n');
      for (const f of file.findings) {
        expect(f.line, `${file.file} ${f.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(f.endLine, `${file.file} ${f.ruleId}`).toBeLessThanOrEqual(textLines.length);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(f.column - 1, `${file.file} ${f.ruleId} column`).toBeLessThanOrEqual(textLines[f.line - 1].length);
      }
    }
  });
});

describe('exit codes', () => {
  it('seed 003 has errors → 1', opts, async () => {
    expect((await seloste(['lint', SEED['003']])).code).toBe(1);
  });

  it('the clean notice → 0', opts, async () => {
    const r = await seloste(['lint', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--rule overrides that turn seed 003 errors off → 0', opts, async () => {
    const r = await cli([
      'lint',
      '--rule',
      'section/required=off',
      '--rule',
      'rights/missing=off',
      '--rule',
      'rights/access-fee=off',
      SEED['003'],
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('section/required');
    expect(r.stdout).not.toContain('rights/missing');
  });

  it('--fail-on warning: the clean notice → 0, seed 004 → 1', opts, async () => {
    // The clean notice is dated 3.11.2026; a config that accepts any age keeps this test true after 2028.
    const dir = tempDir();
    try {
      const config = join(dir, 'ageless.yaml');
      writeFileSync(config, 'rules:\n  notice/date:\n    options:\n      maxAgeMonths: 1200\n');
      expect((await cli(['lint', '--config', config, '--fail-on', 'warning', join(REPO, CLEAN)])).code).toBe(0);
    } finally {
      removeDir(dir);
    }
    expect((await cli(['lint', '--fail-on', 'warning', SEED['004']])).code).toBe(1);
  });

  it('--max-warnings 0 on seed 001 with its error rules off → 1 (and 0 without it)', opts, async () => {
    const first = await cliJson([SEED['001']]);
    const errorRules = [
      ...new Set(first.report.files[0].findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)),
    ];
    expect(errorRules.length).toBeGreaterThan(0);
    const off = errorRules.flatMap((id) => ['--rule', `${id}=off`]);
    const quiet = await cliJson([...off, SEED['001']]);
    expect(quiet.report.summary.errors).toBe(0);
    expect(quiet.report.summary.warnings).toBeGreaterThan(0);
    expect(quiet.code).toBe(0);
    expect((await cli(['lint', ...off, '--max-warnings', '0', SEED['001']])).code).toBe(1);
    const limit = String(quiet.report.summary.warnings);
    expect((await cli(['lint', ...off, '--max-warnings', limit, SEED['001']])).code).toBe(0);
  });

  it('--rule with an unknown rule id → 2, naming it', opts, async () => {
    const r = await cli(['lint', '--rule', 'nope/nope=error', SEED['001']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr).some((l) => l.includes('nope/nope'))).toBe(true);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('--rule with a bad severity → 2', opts, async () => {
    const r = await cli(['lint', '--rule', 'text/typo=loud', SEED['001']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('text/typo=loud');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('an unknown --format is a usage error → 2', opts, async () => {
    const r = await cli(['lint', '--format', 'yaml', CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('language', () => {
  it('messages are Finnish by default and English with --lang en', opts, async () => {
    const fi = await cli(['lint', SEED['002']]);
    const en = await cli(['lint', '--lang', 'en', SEED['002']]);
    expect(fi.stdout).toMatch(/virhe/);
    expect(fi.stdout).toContain('Selosteesta puuttuu');
    expect(fi.stdout).toContain('havaintoa');
    expect(en.stdout).toMatch(/\berror\b/);
    expect(en.stdout).toContain('problems');
    expect(en.stdout).not.toMatch(/\bvirhe\b|varoitus|havaintoa|Selosteesta/);
    const jfi = await cliJson([SEED['002']]);
    const jen = await cliJson(['--lang', 'en', SEED['002']]);
    const placeholder = (r: typeof jfi) =>
      r.report.files[0].findings.find((f) => f.ruleId === 'text/placeholder')!.message;
    expect(placeholder(jfi)).not.toBe(placeholder(jen));
    expect(jen.report.files[0].findings.map((f) => f.ruleId)).toEqual(
      jfi.report.files[0].findings.map((f) => f.ruleId),
    );
  });
});

describe('colour', () => {
  it('NO_COLOR: stylish output has no ANSI escapes', opts, async () => {
    const r = await cli(['lint', SEED['002']], { env: { NO_COLOR: '1' } });
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 (not a TTY): stylish output is coloured', opts, async () => {
    const r = await seloste(['lint', SEED['002']], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(ANSI);
  });

  it('--no-color wins over FORCE_COLOR', opts, async () => {
    const r = await cli(['--no-color', 'lint', SEED['002']], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('not a TTY and no variables: no colour', opts, async () => {
    const r = await cli(['lint', SEED['002']], { env: { NO_COLOR: undefined } });
    expect(r.stdout).not.toMatch(ANSI);
  });
});

describe('--output <file>', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  it('writes the JSON report to the file and nothing to stdout; the exit code is unchanged', opts, async () => {
    const out = join(dir, 'report.json');
    const r = await seloste(['lint', '--format', 'json', '--output', out, SEED['002']]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.files[0].file).toBe(SEED['002']);
    expect(listing(dir)).toEqual(['report.json']); // no temp file left behind
  });

  it('stylish to a file has no colour even with FORCE_COLOR, and replaces an old report', opts, async () => {
    const out = join(dir, 'report.txt');
    const first = await cli(['lint', '--output', out, SEED['003']], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(first.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain(SEED['003']);
    expect(readFileSync(out, 'utf8')).not.toMatch(ANSI);
    const second = await cli(['lint', '-o', out, CLEAN]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).not.toContain(SEED['003']);
  });
});

describe('limits from the command line', () => {
  it(
    '--max-file-size makes a larger notice unreadable, and the rest of the batch is still linted',
    async () => {
      // 0.007 MB = 7340 bytes: seed 004 (5845 bytes) is under it, seed 003 (7378 bytes) over it
      const r = await cli(['lint', '--format', 'json', '--max-file-size', '0.007', SEED['004'], SEED['003']]);
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout);
      expect(report.files).toHaveLength(2);
      expect(
        report.files.map((f: { findings: { ruleId: string }[] }) =>
          f.findings.some((x) => x.ruleId === 'input/unreadable'),
        ),
      ).toEqual([false, true]);
      expect(lines(r.stderr)).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'the config limits hold for sections, text, diff and compare too, not only for lint',
    async () => {
      const dir = tempDir();
      try {
        // 0.007 MB = 7340 bytes: seed 004 (5845 bytes) is under it, seed 003 (7378 bytes) over it
        writeFileSync(join(dir, 'seloste.config.yaml'), 'limits:\n  maxFileMB: 0.007\n');
        const [big, small] = [join(REPO, SEED['003']), join(REPO, SEED['004'])];
        for (const args of [
          ['sections', big],
          ['text', big],
          ['diff', small, big],
        ]) {
          const r = await cli(args, { cwd: dir });
          expect(r.code, args[0]).toBe(2);
          expect(r.stdout, args[0]).toBe('');
          expect(lines(r.stderr), args[0]).toEqual([
            expect.stringMatching(new RegExp(`^seloste: .*003_98cc76d9ec6c475c\\.txt: `)),
          ]);
        }
        const compared = await cli(['compare', '--format', 'csv', small, big], { cwd: dir });
        expect(compared.code).toBe(2);
        expect(compared.stdout).toContain('004_05ecfa6f8211a144');
        expect(lines(compared.stderr)).toHaveLength(1);
        expect((await cli(['sections', small], { cwd: dir })).code).toBe(0);
      } finally {
        removeDir(dir);
      }
    },
    TIMEOUT,
  );

  it(
    'a folder or glob with no notice in it is exit 2 with one line naming it (a mistyped path must not pass CI); --no-error-on-unmatched-pattern allows it',
    async () => {
      const dir = tempDir();
      try {
        const r = await cli(['lint', '--format', 'json', dir, 'nothing-here/*.pdf', SEED['004']]);
        expect(r.code).toBe(2);
        expect(JSON.parse(r.stdout).files).toHaveLength(1); // seed 004 is still linted
        expect(lines(r.stderr)).toEqual([
          expect.stringMatching(/^seloste: .+: yhtään selostetta .* ei löytynyt/),
          expect.stringMatching(/^seloste: nothing-here\/\*\.pdf: /),
        ]);
        const allowed = await cli(['lint', '--no-error-on-unmatched-pattern', dir, CLEAN]);
        expect(allowed.code).toBe(0);
        expect(allowed.stderr).toBe('');
      } finally {
        removeDir(dir);
      }
    },
    TIMEOUT,
  );

  it(
    'a bad --timeout value is a usage error',
    async () => {
      const r = await cli(['lint', '--timeout', 'soon', SEED['004']]);
      expect(r.code).toBe(2);
    },
    TIMEOUT,
  );
});
