/**
 * Issue 7 item 3 — properties over random documents built from the seeds' own lines,
 * their headings, typos and noise: every finding points inside the text (the range,
 * and the line/column/endLine/endColumn and page derived from it), and linting is
 * deterministic (same notice → same findings, also from a fresh Linter).
 * Segmentation losing no text is test/segment/no-text-lost.test.ts. The diff
 * properties (diff(A, A) has no change; counts are symmetric) belong with src/diff.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLineStarts, positionAt } from '../../src/util/position.js';
import type { Finding } from '../../src/model/finding.js';
import type { Notice } from '../../src/model/notice.js';
import { buildNotice } from '../../src/segment/index.js';
import { fixture, linterWith, SEEDS } from '../helpers/notice.js';

const seedLines = Object.values(SEEDS).flatMap((f) => readFileSync(fixture(f), 'utf8').normalize('NFC').split(/\r?\n/));
const tricky = [
  '',
  '\t',
  'Suostumus',
  '1. Rekisterinpitäjä',
  'Evästeet',
  'Säilytysaika: toistaiseksi',
  'reksiterinpitäjän tietosuojasetuksen',
  'Y-tunnus 1234567-8',
  'info@@example..fi',
  '<p>Tietosuojavastaava</p>',
  's-postiosoite',
  'Ratapihantie 9, 00520 Helsinki',
  'Google Analytics',
  'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
  'Päivitetty 6.10.2021',
  '• Oikeus tarkastaa tiedot',
  'ÄÖÅ äöå',
  '\u00ad',
  'x'.repeat(300),
];
const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 2, arbitrary: fc.constantFrom(...tricky) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60, unit: 'grapheme' }) },
);
const doc = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 80 }),
  marks: fc.array(fc.nat(79), { maxLength: 6 }),
  paged: fc.boolean(),
});

function noticeOf({ lines, marks, paged }: { lines: string[]; marks: number[]; paged: boolean }): Notice {
  const text = lines.join('\n');
  const linePages = paged ? lines.map((_, i) => 1 + Math.floor(i / 25)) : null;
  return buildNotice('prop.txt', {
    format: paged ? 'pdf' : 'text',
    text,
    linePages,
    headingLines: marks.filter((m) => m < lines.length),
    warnings: [],
  });
}

function expectInBounds(notice: Notice, f: Finding): void {
  const [a, b] = f.range;
  const where = `${f.ruleId} ${JSON.stringify(f.range)} in ${notice.text.length}`;
  expect(Number.isInteger(a) && Number.isInteger(b), where).toBe(true);
  expect(a, where).toBeGreaterThanOrEqual(0);
  expect(b, where).toBeGreaterThanOrEqual(a);
  expect(b, where).toBeLessThanOrEqual(notice.text.length);
  const starts = computeLineStarts(notice.text);
  const lineCount = starts.length;
  expect({ line: f.line, column: f.column }, where).toEqual(positionAt(starts, a));
  expect({ line: f.endLine, column: f.endColumn }, where).toEqual(positionAt(starts, b));
  expect(f.line).toBeLessThanOrEqual(lineCount);
  if (notice.linePages) expect(f.page, where).toBe(notice.linePages[f.line - 1]);
  if (f.section !== null) expect(typeof f.section).toBe('string');
}

describe('findings on random documents', () => {
  const linter = linterWith();

  it('every position is inside the text and line/column agree with the range', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const notice = noticeOf(d);
        for (const f of linter.lint(notice)) expectInBounds(notice, f);
      }),
      { numRuns: 250 },
    );
  });

  it('lint is deterministic: the same notice twice, and from a fresh Linter, gives the same findings', () => {
    const fresh = linterWith();
    fc.assert(
      fc.property(doc, (d) => {
        const first = linter.lint(noticeOf(d));
        expect(linter.lint(noticeOf(d))).toEqual(first);
        expect(fresh.lint(noticeOf(d))).toEqual(first);
      }),
      { numRuns: 120 },
    );
  });

  it('the random documents do reach the rules (the properties are not vacuous)', () => {
    const samples = fc.sample(doc, { numRuns: 60, seed: 42 });
    const rules = new Set(samples.flatMap((d) => linter.lint(noticeOf(d)).map((f) => f.ruleId)));
    for (const id of ['section/required', 'text/typo', 'text/placeholder', 'retention/no-period'])
      expect(rules).toContain(id);
  });
});
