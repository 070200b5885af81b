/**
 * SPEC §7: configuration found upward from the working directory or given with --config; `seloste init`.
 * What the CLI says runs in process (`cli`); broken YAML and `init` also end to end through the built bin (`seloste`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintFiles, type LintResult } from 'seloste';
import { REPO, SEED, TIMEOUT, cli, lines, listing, removeDir, seloste, sha256, tempDir } from './run.js';

const opts = { timeout: TIMEOUT };
const SEED_002 = join(REPO, SEED['002']); // has text/typo findings
const SEED_003 = join(REPO, SEED['003']);

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const typos = (r: { report: { files: { findings: { ruleId: string }[] }[] } }) =>
  r.report.files[0].findings.filter((f) => f.ruleId === 'text/typo');
// What a config does to the findings is checked in process through the library, which finds the
// config as the CLI does (upward from cwd, or the file given); what the CLI says is checked end to end.
const lintIn = (cwd: string, config?: string): Promise<LintResult> => lintFiles([SEED_002], { cwd, config });

describe('config found in the working directory', () => {
  it('an unknown rule id → exit 2, naming it', opts, async () => {
    writeFileSync(join(dir, 'seloste.config.yaml'), 'rules: { "no/such": error }\n');
    const r = await cli(['lint', SEED_002], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('rules: { text/typo: off } makes the typo findings disappear', opts, async () => {
    const without = await lintIn(dir);
    expect(typos(without).length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'seloste.config.yaml'), 'rules: { text/typo: off }\n');
    const withConfig = await lintIn(dir);
    expect(withConfig.errorCount).toBeGreaterThan(0); // seed 002 still has errors
    expect(typos(withConfig)).toEqual([]);
    // Everything else stays (text/probable-typo may take over the words text/typo no longer reports).
    const others = (r: typeof without) =>
      r.report.files[0].findings
        .filter((f) => !f.ruleId.startsWith('text/typo') && f.ruleId !== 'text/probable-typo')
        .map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(others(withConfig)).toEqual(others(without));
  });

  it('is found from a subfolder (upward search)', opts, async () => {
    writeFileSync(join(dir, 'seloste.config.yaml'), 'rules: { text/typo: off }\n');
    const sub = join(dir, 'a', 'b');
    (await import('node:fs')).mkdirSync(sub, { recursive: true });
    expect(typos(await lintIn(sub))).toEqual([]);
  });

  it('an unknown top-level key → exit 2, naming it', opts, async () => {
    writeFileSync(join(dir, 'seloste.config.yaml'), 'colour: true\n');
    const r = await cli(['lint', SEED_002], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('colour');
  });

  it('a bad severity in the config → exit 2, naming the rule', opts, async () => {
    writeFileSync(join(dir, 'seloste.config.yaml'), 'rules:\n  text/typo: loud\n');
    const r = await cli(['lint', SEED_002], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('text/typo');
  });

  it('lang: en in the config gives English messages; --lang fi overrides it', opts, async () => {
    writeFileSync(join(dir, 'seloste.config.yaml'), 'lang: en\n');
    expect((await cli(['lint', SEED_003], { cwd: dir })).stdout).toContain('problems');
    expect((await cli(['--lang', 'fi', 'lint', SEED_003], { cwd: dir })).stdout).toContain('havaintoa');
  });
});

describe('--config <file>', () => {
  it('is used instead of the search', opts, async () => {
    const file = join(dir, 'oma-asetus.yaml');
    writeFileSync(file, 'rules:\n  text/typo: off\n');
    writeFileSync(join(dir, 'seloste.config.yaml'), 'rules: { text/typo: error }\n'); // found by the search, not used
    const r = await lintIn(dir, file);
    expect(r.errorCount).toBeGreaterThan(0);
    expect(typos(r)).toEqual([]);
  });

  it('a JSON config works too', opts, async () => {
    const file = join(dir, 'asetus.json');
    writeFileSync(file, JSON.stringify({ rules: { 'text/typo': 'off' } }));
    expect(typos(await lintIn(REPO, file))).toEqual([]);
  });

  it('a missing config file → exit 2 with one line naming it', opts, async () => {
    const file = join(dir, 'ei-ole.yaml');
    const r = await cli(['lint', '--config', file, SEED['002']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('ei-ole.yaml');
  });

  it('broken YAML → exit 2, no stack trace', opts, async () => {
    const file = join(dir, 'rikki.yaml');
    writeFileSync(file, 'rules: { text/typo: off\n  - [\n');
    const r = await seloste(['lint', '--config', file, SEED['002']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rikki.yaml');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('seloste init', () => {
  it('writes seloste.config.yaml in an empty folder; a second init refuses and leaves it unchanged', opts, async () => {
    const first = await seloste(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(listing(dir)).toEqual(['seloste.config.yaml']);
    const file = join(dir, 'seloste.config.yaml');
    expect(readFileSync(file, 'utf8')).toContain('rules');
    const hash = sha256(file);

    const second = await seloste(['init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(lines(second.stderr)).toHaveLength(1);
    expect(second.stderr).toMatch(/already exists|on jo olemassa/);
    expect(sha256(file)).toBe(hash);
    expect(listing(dir)).toEqual(['seloste.config.yaml']);
  });

  it('the starter config it writes is a valid config: lint in that folder runs', opts, async () => {
    expect((await cli(['init'], { cwd: dir })).code).toBe(0);
    const r = await cli(['lint', SEED_003], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // seed 003 has errors; 2 would mean the starter config was rejected
  });
});
