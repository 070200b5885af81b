/** Properties of diff on random documents built from seed lines (fast-check). */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffNotices, hasDifferences } from '../../src/diff/index.js';
import { bagOverlap, overlapsAtLeast } from '../../src/diff/word-diff.js';
import { buildNotice } from '../../src/segment/index.js';
import { fixture, SEEDS } from '../helpers/notice.js';

const seedLines = Object.values(SEEDS).flatMap((f) => readFileSync(fixture(f), 'utf8').normalize('NFC').split(/\r?\n/));
const doc = fc
  .array(fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom('', 'Suostumus', 'Evästeet', '3. Rekisterin nimi')), {
    maxLength: 40,
  })
  .map((ls) => ls.join('\n'));
const notice = (text: string, file = 'p.txt') =>
  buildNotice(file, { format: 'text', text, linePages: null, headingLines: [], warnings: [] });

describe('diff properties', () => {
  it('diff(A, A) has no change', () => {
    fc.assert(
      fc.property(doc, (a) => {
        const r = diffNotices(notice(a), notice(a, 'q.txt'));
        expect(hasDifferences(r)).toBe(false);
        expect(r.summary.wordsInserted + r.summary.wordsDeleted).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('diff(A, B) and diff(B, A) count the same changes, mirrored', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const ab = diffNotices(notice(a), notice(b, 'q.txt')).summary;
        const ba = diffNotices(notice(b, 'q.txt'), notice(a)).summary;
        expect(ab.wordsInserted).toBe(ba.wordsDeleted);
        expect(ab.wordsDeleted).toBe(ba.wordsInserted);
        expect(ab.added).toBe(ba.removed);
        expect(ab.removed).toBe(ba.added);
        expect(ab.changed).toBe(ba.changed);
      }),
      { numRuns: 40 },
    );
  });

  it('a pair with two equally long matchings links the same sections both ways (found by fast-check in CI)', () => {
    // "Rekisterin nimi" can match the old words "rekisterin … nimi" or "rekisterin … ja";
    // Myers picked by argument order, so one direction linked the sections and the other not.
    const a =
      'Rekisterin\tkäyttötarkoitus\ton\torganisaation\tasiakasrekisterin\tylläpitäminen,\t\nAsiakasrekisteri sisältää seuraavia tietoja: henkilön etu- ja sukunimi/yrityksen nimi, henkilötunnus/y-';
    const b = '3. Rekisterin nimi\n Oikeusperuste ja henkilötietojen käsittelyn tarkoitus ';
    const ab = diffNotices(notice(a), notice(b, 'q.txt')).summary;
    const ba = diffNotices(notice(b, 'q.txt'), notice(a)).summary;
    expect([ab.wordsInserted, ab.wordsDeleted, ab.added, ab.removed, ab.changed]).toEqual([
      ba.wordsDeleted,
      ba.wordsInserted,
      ba.removed,
      ba.added,
      ba.changed,
    ]);
  });
});

describe('overlapsAtLeast', () => {
  const words = fc.array(
    fc.constantFrom('a', 'b', 'c', 'd', 'e').map((key) => ({ text: key, key })),
    { maxLength: 30 },
  );
  it('answers as bagOverlap(a, b) >= min, for any lists and threshold', () => {
    fc.assert(
      fc.property(words, words, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, min) => {
        expect(overlapsAtLeast(a, b, min)).toBe(bagOverlap(a, b) >= min);
        expect(overlapsAtLeast(a, b, 0.2)).toBe(bagOverlap(a, b) >= 0.2);
      }),
      { numRuns: 500 },
    );
  });
});
