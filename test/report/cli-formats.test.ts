/** The new formats through the built CLI: --output stays atomic and stdout stays clean for pipes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, SEED, TIMEOUT, lines, listing, removeDir, seloste, tempDir } from '../cli/run.js';

const opts = { timeout: TIMEOUT };

describe('lint --format sarif|junit|github|html', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  it('--output writes the report and nothing else; the exit code is unchanged', opts, async () => {
    const want: Record<string, RegExp> = {
      sarif: /^\{\n {2}"\$schema"/,
      junit: /^<\?xml /,
      github: /^::error file=/m,
      html: /^<!DOCTYPE html>/,
    };
    for (const [format, start] of Object.entries(want)) {
      const out = join(dir, `report.${format}`);
      const r = await seloste(['lint', '--format', format, '--output', out, SEED['002']]);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toBe('');
      expect(r.stderr, format).toBe('');
      expect(readFileSync(out, 'utf8'), format).toMatch(start);
    }
    expect(listing(dir)).toEqual(['report.github', 'report.html', 'report.junit', 'report.sarif']);
  });

  it(
    'on stdout with an unreadable input: the report alone on stdout, the problem on stderr, exit 2',
    opts,
    async () => {
      const r = await seloste(['lint', '--format', 'sarif', SEED['003'], 'fixtures/docs/empty_zero_bytes.pdf']);
      expect(r.code).toBe(2);
      const log = JSON.parse(r.stdout);
      expect(log.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'input/unreadable')).toBe(true);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^seloste: fixtures\/docs\/empty_zero_bytes\.pdf: /)]);
      const gh = await seloste(['lint', '--format', 'github', SEED['003'], 'fixtures/docs/empty_zero_bytes.pdf']);
      expect(gh.code).toBe(2);
      for (const l of lines(gh.stdout)) expect(l).toMatch(/^::(error|warning|notice) /);
      expect(gh.stdout).toContain('::error file=fixtures/docs/empty_zero_bytes.pdf,line=1,');
    },
  );

  it('junit: the clean notice has no failure and exits 0; --fail-on warning on seed 004 fails', opts, async () => {
    const r = await seloste(['lint', '--format', 'junit', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<testsuites name="seloste" tests="\d+" failures="0" errors="0">/);
    const s004 = await seloste(['lint', '--format', 'junit', '--fail-on', 'warning', SEED['004']]);
    expect(s004.code).toBe(1);
    expect(s004.stdout).not.toMatch(/<testsuites name="seloste" tests="\d+" failures="0"/);
  });
});
