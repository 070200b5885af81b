import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../src/segment/index.js';
import { fixture, SEEDS } from '../helpers/notice.js';

// Lines that look like headings, body text and table rows, mixed at random with noise.
const seedLines = Object.values(SEEDS).flatMap((f) => readFileSync(fixture(f), 'utf8').normalize('NFC').split(/\r?\n/));
const line = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '\t', 'Suostumus', '1. Rekisterinpitäjä', 'Suostumusrekisterin tietosisältö'),
);

function check(text: string, headingLines: number[] = []) {
  const notice = buildNotice('prop.txt', { format: 'text', text, linePages: null, headingLines, warnings: [] });
  const lines = text.split('\n').length;
  expect(notice.segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  let at = 0;
  for (const s of notice.segments) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.contentStart).toBeGreaterThanOrEqual(s.start);
    expect(s.contentStart).toBeLessThanOrEqual(s.end);
    expect(s.startLine).toBeGreaterThanOrEqual(1);
    expect(s.endLine).toBeLessThanOrEqual(lines);
    expect(s.startLine).toBeLessThanOrEqual(s.endLine);
    at = s.end;
  }
}

describe('segmentation loses no text', () => {
  it('segments in order give back the text, with every range in bounds', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (ls) => check(ls.join('\n'))),
      { numRuns: 300 },
    );
  });

  it('also when the source marks arbitrary lines as headings', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(39)), (ls, marks) =>
        check(
          ls.join('\n'),
          marks.filter((m) => m < ls.length),
        ),
      ),
      { numRuns: 200 },
    );
  });

  it('holds on every seed as read', () => {
    for (const f of Object.values(SEEDS)) check(readFileSync(fixture(f), 'utf8').normalize('NFC'));
  });
});
