/**
 * "Tried on pairs you have not seen with one known change each: exactly that change is
 * reported." The pairs here are made on the spot: a real notice (each seed and the clean
 * notice) and the same notice with one word replaced, inserted or deleted somewhere in
 * its running text, a sentence added on a line of its own, or one whole section deleted. fast-check picks the place; the diff
 * must name that section and no other, with exactly the words that changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffNotices } from '../../src/diff/index.js';
import type { Notice } from '../../src/model/notice.js';
import { noticeOf, SEEDS } from '../helpers/notice.js';
import { noticeFromText } from './helpers.js';

const NOTICES = [...Object.values(SEEDS), 'clean/puhdas_tietosuojaseloste.txt'];
/** ordinary words of a notice that are no heading of the catalogue */
const NEW_WORDS = ['vuosittain', 'tarvittaessa', 'erikseen', 'kirjallisesti', 'viipymättä'];

/** a sentence added on a line of its own */
const LINE = 'Tiedot tarkistetaan kerran vuodessa.';
const bag = (text: string) => text.toLowerCase().replace(/[.,]/g, '').split(' ').sort();
const lineEnd = (text: string, at: number) => (text.indexOf('\n', at) + 1 || text.length + 1) - 1;

interface Spot {
  /** offset of the word in the text */
  at: number;
  word: string;
  ids: string[];
}

/** Words inside the content of a heading segment, not the first word of their line (numbering, labels). */
function spotsOf(notice: Notice): Spot[] {
  const spots: Spot[] = [];
  for (const s of notice.segments) {
    if (s.heading === null) continue;
    const content = notice.text.slice(s.contentStart, s.end);
    // a word between spaces, neither first on its line nor last (no punctuation or hyphen games)
    for (const m of content.matchAll(/(?<=[^\n\s-][ \t]+)(?:\p{Ll}{4,}|\d+)(?=[ \t]+\p{L})/gu)) {
      spots.push({ at: s.contentStart + m.index, word: m[0], ids: s.ids });
    }
  }
  return spots;
}

const unitsChanged = (r: ReturnType<typeof diffNotices>) => r.units.filter((u) => u.status !== 'unchanged');

describe('one known change is reported, and only that (generated pairs)', async () => {
  const originals = await Promise.all(NOTICES.map(async (name) => noticeFromText(name, (await noticeOf(name)).text)));

  for (const [k, name] of NOTICES.entries()) {
    const old = originals[k];
    const spots = spotsOf(old);

    it(`${name}: one word replaced, inserted or deleted, or a sentence added on its own line`, async () => {
      expect(spots.length).toBeGreaterThan(20);
      await fc.assert(
        fc.asyncProperty(
          fc.nat(spots.length - 1),
          fc.constantFrom('replace', 'insert', 'delete', 'line'),
          fc.constantFrom(...NEW_WORDS),
          async (i, edit, word) => {
            const spot = spots[i];
            fc.pre(spot.word !== word);
            // a line broken inside a hyphenated word ("tietosuoja-" / "asetusta") is no place for a new line
            fc.pre(edit !== 'line' || !old.text.slice(0, lineEnd(old.text, spot.at)).endsWith('-'));
            const end = spot.at + spot.word.length;
            const text =
              edit === 'replace'
                ? old.text.slice(0, spot.at) + word + old.text.slice(end)
                : edit === 'insert'
                  ? old.text.slice(0, end) + ` ${word}` + old.text.slice(end)
                  : edit === 'line'
                    ? old.text.slice(0, lineEnd(old.text, end)) + `\n${LINE}` + old.text.slice(lineEnd(old.text, end))
                    : old.text.slice(0, spot.at) + old.text.slice(end + 1);
            const r = diffNotices(old, await noticeFromText('edited.txt', text));
            const changed = unitsChanged(r);
            expect(changed.map((u) => u.ids)).toEqual([expect.arrayContaining(spot.ids)]);
            const [u] = changed;
            expect(u.status).toBe('changed');
            const expected = { replace: [1, 1], insert: [1, 0], delete: [0, 1], line: [LINE.split(' ').length, 0] }[
              edit
            ];
            expect([u.wordsInserted, u.wordsDeleted]).toEqual(expected);
            const shown = (type: string) => u.changes.filter((c) => c.type === type).map((c) => c.text.toLowerCase());
            // the diff may show the sentence shifted by a word it shares with its neighbours
            if (edit === 'line') expect(bag(shown('insert').join(' '))).toEqual(bag(LINE));
            else {
              if (edit !== 'delete') expect(shown('insert')).toEqual([word]);
              if (edit !== 'insert') expect(shown('delete')).toEqual([spot.word.toLowerCase()]);
            }
          },
        ),
        { numRuns: 60 },
      );
    });

    it(`${name}: each section deleted in turn is reported removed, the rest unchanged`, async () => {
      // A section is its heading with the sub-headings under it (segments that name no other section).
      const segs = old.segments;
      const within = (k: number, ids: string[]) => segs[k].ids.every((id) => ids.includes(id));
      for (const [k, s] of segs.entries()) {
        if (s.heading === null || (k > 0 && segs[k - 1].heading !== null && within(k, segs[k - 1].ids))) continue;
        let last = k;
        while (last + 1 < segs.length && within(last + 1, s.ids)) last++;
        const end = segs[last].end;
        const r = diffNotices(
          old,
          await noticeFromText('edited.txt', old.text.slice(0, s.start) + old.text.slice(end)),
        );
        const changed = unitsChanged(r);
        expect(
          changed.map((u) => u.status),
          `${s.heading} (line ${s.startLine})`,
        ).toEqual(['removed']);
        expect(changed[0].ids).toEqual(expect.arrayContaining(s.ids));
      }
    });
  }

  // The published notice is a PDF or DOCX, the draft is text: the rendering's layout must not add changes.
  const RENDERINGS: [keyof typeof SEEDS | 'clean', string][] = [
    ['000', 'docs/000_tietosuojaseloste_headings.pdf'],
    ['001', 'docs/001_seinajoki_table.docx'],
    ['002', 'docs/002_asiakasrekisteri_plain.pdf'],
    ['003', 'docs/003_imatra_numbered_headings.docx'],
    ['004', 'docs/004_aanekoski_numbered_headings.pdf'],
    ['clean', 'clean/puhdas_tietosuojaseloste.pdf'],
  ];
  for (const [seed, rendering] of RENDERINGS) {
    it(`${rendering} against its text with one word replaced`, async () => {
      const published = await noticeOf(rendering);
      const draft = originals[NOTICES.indexOf(seed === 'clean' ? NOTICES[5] : SEEDS[seed])];
      const spots = spotsOf(draft);
      await fc.assert(
        fc.asyncProperty(fc.nat(spots.length - 1), fc.constantFrom(...NEW_WORDS), async (i, word) => {
          const spot = spots[i];
          fc.pre(spot.word !== word);
          const text = draft.text.slice(0, spot.at) + word + draft.text.slice(spot.at + spot.word.length);
          const r = diffNotices(published, await noticeFromText('edited.txt', text));
          const changed = unitsChanged(r);
          expect(changed.length).toBe(1);
          expect([changed[0].wordsInserted, changed[0].wordsDeleted]).toEqual([1, 1]);
        }),
        { numRuns: 15 },
      );
    });
  }
});
