/**
 * text/probable-typo's test of Finnish endings (its `neighbours.endings` in
 * rules/fi-gdpr/text-probable-typo.yaml, read by endingTest in src/rules/kinds/lexicon.ts)
 * answers as the regular expression it replaced, kept here as the reference: every ending the grammar
 * makes, each with a letter more or less, and random strings of the letters endings are made of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endingTest, stemPieces } from '../../src/rules/kinds/lexicon.js';
import type { LexiconDef } from '../../src/rules/schema/lexicon.js';
import { loadPack } from '../../src/rules/pack.js';

const typoRule = loadPack('fi-gdpr').find((d) => d.id === 'text/probable-typo') as unknown as LexiconDef;
const isEnding = endingTest(typoRule.neighbours?.endings);

const CASES =
  '|n|t|a|ä|ta|tä|na|nä|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|tta|ttä|en|in|den|tten|hin|seen|siin|ne|ine' +
  '|aan|ään|oon|öön|uun|yyn|iin|een|han|hen|hin|hon|hun|hyn|hän|hön' +
  '|taan|tään|tiin|ttu|tty|tu|ty|nut|nyt|neet|ma|mä|maan|mään|massa|mässä|masta|mästä|malla|mällä|matta|mättä|minen|mis\\p{L}*' +
  '|va|vä|vat|vät|vana|vänä|mme|tte|isi\\p{L}*|kaa|kää|koon|köön|et|ee|an|än';
const REFERENCE = new RegExp(
  `^(?:(?:[aeoöuy]?i|e)?(?:${CASES})|[aeoöuy]?j(?:a|ä|en|ia|iä))` +
    '(?:ni|si|nsa|nsä|mme|nne|an|än|en|in|on|un|yn)?(?:kin|kaan|kään|han|hän|pa|pä|ko|kö)?$',
  'u',
);

const BEFORE = ['', 'i', 'ai', 'ei', 'oi', 'öi', 'ui', 'yi', 'e', 'j', 'aj'];
const CORES = [...CASES.replaceAll('\\p{L}*', '').split('|'), 'ja', 'jä', 'jen', 'jia', 'jiä', 'misestä', 'isivät', 'mis2', 'isiä-'];
const POSSESSIVES = ['', 'ni', 'si', 'nsa', 'nsä', 'mme', 'nne', 'an', 'än', 'en', 'in', 'on', 'un', 'yn'];
const CLITICS = ['', 'kin', 'kaan', 'kään', 'han', 'hän', 'pa', 'pä', 'ko', 'kö'];

describe('Finnish endings (text/probable-typo)', () => {
  it('every ending the grammar makes, and each with a letter more or less, as the reference expression', () => {
    let checked = 0;
    const differ: string[] = [];
    for (const b of BEFORE)
      for (const c of CORES)
        for (const p of POSSESSIVES)
          for (const k of CLITICS) {
            const s = b + c + p + k;
            for (const t of [s, s.slice(1), s.slice(0, -1), `o${s}`, `${s}x`, `${s}ä`]) {
              if (isEnding(t) !== REFERENCE.test(t)) differ.push(t);
              checked++;
            }
          }
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(500_000);
  });

  it('random strings of ending letters, as the reference expression', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[aeijkmnoöpstuvyähx2-]{0,12}$/), (s) => {
        expect(isEnding(s)).toBe(REFERENCE.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('the endings of the rule’s examples', () => {
    expect(['issa', 'ista', 'a', 'oen'].map(isEnding)).toEqual([true, true, true, false]);
  });
});

describe('the first filter of text/probable-typo (stemPieces)', () => {
  const letters = 'abdeghijklmnoprstuvyäö';
  const edit = fc.record({ kind: fc.constantFrom('sub', 'ins', 'del'), at: fc.nat(), letter: fc.constantFrom(...letters) });
  it('a word whose beginning is at most max edits from the stem keeps a piece where the filter looks', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[abdeghijklmnoprstuvyäö]{4,18}$/),
        fc.array(edit, { maxLength: 2 }),
        fc.stringMatching(/^[a-zäö]{0,5}$/),
        (stem, edits, ending) => {
          const max = stem.length >= 10 ? 2 : 1;
          let head = stem;
          for (const e of edits.slice(0, max)) {
            const at = e.at % (head.length + 1);
            if (e.kind === 'ins') head = head.slice(0, at) + e.letter + head.slice(at);
            else if (at < head.length) head = head.slice(0, at) + (e.kind === 'sub' ? e.letter : '') + head.slice(at + 1);
          }
          expect(new RegExp(`^(?:${stemPieces(stem).join('|')})`).test(head + ending), `${stem} → ${head}`).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });
  it('most words that are no typo of the stem are let through no further', () => {
    const re = new RegExp(`^(?:${stemPieces('rekisterinpitäj').join('|')})`);
    expect(['henkilötietojen', 'tietosuojaseloste', 'asiakkuuden', 'pitäjä'].filter((w) => re.test(w))).toEqual([]);
    expect(['rekisterinpitäjän', 'reksiterinpitäjä', 'rekisterinptäjän', 'erkisterinpitäjä'].every((w) => re.test(w))).toBe(true);
  });
});
