/**
 * text/probable-typo's test of Finnish endings (isEnding in src/rules/kinds/lexicon.ts) answers
 * as the regular expression it replaced, kept here as the reference: every ending the grammar
 * makes, each with a letter more or less, and random strings of the letters endings are made of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnding } from '../../src/rules/kinds/lexicon.js';

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
