/**
 * SELOSTE_TIMING=1 (as ESLint's TIMING=1): where a run's time went, per rule and step, on
 * stderr; the report on stdout is the same as without it.
 */
import { describe, expect, it } from 'vitest';
import { SEED, seloste, TIMEOUT } from './run.js';

describe('SELOSTE_TIMING', () => {
  it(
    'prints a table of every rule and step on stderr and leaves the report as it is',
    async () => {
      const plain = await seloste(['lint', SEED['001']], { env: { SELOSTE_TIMING: undefined } });
      const timed = await seloste(['lint', SEED['001']], { env: { SELOSTE_TIMING: '1' } });
      expect(timed.code).toBe(plain.code);
      expect(timed.stdout).toBe(plain.stdout);
      expect(plain.stderr).not.toContain('time (ms)');
      const rows = new Map(
        timed.stderr
          .split('\n')
          .map((line) => /^(\S.*?)\s+\|\s+([\d.]+)\s+\|/.exec(line))
          .filter((m) => m !== null)
          .map((m) => [m[1], Number(m[2])]),
      );
      for (const step of [
        '(reading)',
        '(segmenting)',
        '(options, config and rule pack)',
        'text/probable-typo',
        'section/required',
      ])
        expect(rows.has(step), step).toBe(true);
      // the costliest first, and the total is the sum of the rows
      const times = [...rows].filter(([k]) => !k.startsWith('(measured') && !k.startsWith('(since')).map(([, v]) => v);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(rows.get('(measured)')).toBeCloseTo(
        times.reduce((s, v) => s + v, 0),
        0,
      );
    },
    TIMEOUT,
  );

  it(
    'is off for SELOSTE_TIMING=0',
    async () => {
      const r = await seloste(['lint', SEED['001']], { env: { SELOSTE_TIMING: '0' } });
      expect(r.stderr).not.toContain('time (ms)');
    },
    TIMEOUT,
  );
});
