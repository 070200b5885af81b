/** `seloste compare` end to end (built CLI). */
import { describe, expect, it } from 'vitest';
import { SEED, TIMEOUT, lines, seloste } from '../cli/run.js';

const opts = { timeout: TIMEOUT };
const ALL = Object.values(SEED);

describe('seloste compare', () => {
  it('csv of the five seeds, exit 0', opts, async () => {
    const r = await seloste(['compare', '-f', 'csv', ...ALL]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toContain('Seinäjoen Energia Oy 0974008-0');
  });

  it('an unreadable input: reported on one line, the others still compared, exit 2', opts, async () => {
    const r = await seloste(['compare', '-f', 'json', SEED['003'], 'fixtures/docs/empty_zero_bytes.pdf', SEED['004']]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^seloste: fixtures\/docs\/empty_zero_bytes\.pdf: /);
    expect(JSON.parse(r.stdout).notices).toHaveLength(2);
  });
});
