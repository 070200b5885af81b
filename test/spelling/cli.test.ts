/**
 * text/spelling through the built CLI: switched on by a flag, and a missing libvoikko is one line and exit 2
 * (end to end, `seloste`: a child process); the rest in process (`cli`, the CLI's own main).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliJson, lines, removeDir, seloste, SEED, tempDir, TIMEOUT } from '../cli/run.js';
import { describeVoikko } from '../helpers/voikko.js';

const opts = { timeout: TIMEOUT };
const INSTALL = 'apt-get install libvoikko1 voikko-fi';

describeVoikko('seloste lint --rule text/spelling=warning', () => {
  it('reports the misspellings Voikko finds and the typo list does not', opts, async () => {
    const r = await cliJson(['--rule', 'text/spelling=warning', SEED['002']]);
    expect(r.stderr).toBe('');
    const found = r.report.files[0].findings.filter((f) => f.ruleId === 'text/spelling');
    expect(found.map((f) => [f.line, f.suggestion])).toEqual([
      [11, 'henkilökohtaisemman'],
      [151, 'evästetoiminnon'],
    ]);
    expect(found[0].severity).toBe('warning');
  });
});

describe('text/spelling without libvoikko (a bad library path)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    writeFileSync(
      join(dir, 'seloste.config.yaml'),
      'rules:\n  text/spelling:\n    severity: warning\n    options:\n      libraryPath: /nonexistent/libvoikko.so.1\n',
    );
  });
  afterEach(() => removeDir(dir));

  it('exits 2 with one line that says how to install it, nothing on stdout', opts, async () => {
    const r = await seloste(['lint', '--config', join(dir, 'seloste.config.yaml'), SEED['001']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const all = lines(r.stderr);
    expect(all, r.stderr).toHaveLength(1);
    expect(all[0]).toMatch(/^seloste: text\/spelling: libvoikko/);
    expect(all[0]).toContain(INSTALL);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('with the rule off (the default), the same config lints without libvoikko', opts, async () => {
    writeFileSync(
      join(dir, 'seloste.config.yaml'),
      'rules:\n  text/spelling:\n    options:\n      libraryPath: /nonexistent/libvoikko.so.1\n',
    );
    const r = await cliJson(['--config', join(dir, 'seloste.config.yaml'), SEED['001']]);
    expect(r.code).toBe(1); // the seed's own errors, not a problem with the library
    expect(r.stderr).toBe('');
    expect(r.report.files[0].findings.some((f) => f.ruleId === 'text/typo')).toBe(true);
  });
});
