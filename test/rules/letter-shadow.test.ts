/**
 * Rule patterns run with cheap Latin letter classes on a "shadow" of the text (letter-shadow.ts)
 * instead of `[\p{L}\p{N}]`, which V8 takes hundreds of milliseconds to compile. The shadow must
 * change no match: every pattern of the default pack finds the same ranges and words both ways,
 * on the seed notices with letters, numbers and symbols from outside Latin script pressed
 * against their words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePatterns, compileRulePatterns, matchesIn } from '../../src/rules/patterns.js';
import { LATIN_LETTERS, LATIN_LN, LATIN_NUMBERS, shadowOf, shadowSource } from '../../src/rules/letter-shadow.js';
import { loadPack } from '../../src/rules/pack.js';
import { patternLists } from '../helpers/pack.js';

const PATTERN_KEYS = new Set(['patterns', 'pointAt', 'mustMatch', 'mustNotMatch', 'mentions']);


const FOREIGN = ['ж', 'Ω', 'μ', '中', '𝐀', '😀', '\u212a', '\u212b', 'ẞ', '\u0301', '٣', '’', '\u00a0', 'ƻ', 'ſ', 'İ', 'ǅ', 'ɓ', 'Ɓ', 'Ä', 'S'];
const seeds = readdirSync('fixtures')
  .filter((f) => /^00\d_.*\.txt$/.test(f))
  .map((f) => readFileSync(`fixtures/${f}`, 'utf8'));
/** A seed with a foreign character before or after every few words (and sometimes in place of a space). */
const salted = (text: string, k: number) => {
  let n = 0;
  return text.replace(/ /g, () => {
    n++;
    const ch = FOREIGN[(n + k) % FOREIGN.length];
    return n % 3 === 0 ? `${ch} ` : n % 3 === 1 ? ` ${ch}` : ch;
  });
};

describe('the letter shadow', () => {
  it('the Latin classes are exactly the letters, the numbers, and both, of U+0000–U+024F', () => {
    for (const [body, full] of [
      [LATIN_LN, /[\p{L}\p{N}]/u],
      [LATIN_LETTERS, /\p{L}/u],
      [LATIN_NUMBERS, /\p{N}/u],
    ] as const) {
      const cheap = new RegExp(`[${body}]`, 'u');
      for (let c = 0; c < 0x250; c++)
        expect(cheap.test(String.fromCharCode(c)), `${body} U+${c.toString(16)}`).toBe(full.test(String.fromCharCode(c)));
    }
  });

  it('keeps the length and every non-letter, and puts each letter in the case the patterns are written in', () => {
    const text = 'Aж Ω’B 𝐀😀 \u212a\u212b ẞ e\u0301 ٣ X ſ İi ǅ Ɓɓ';
    const shadow = shadowOf(text);
    expect(shadow).toHaveLength(text.length);
    expect(shadow).toBe('aƻ ƻ’b ƻƻ😀 kå ß e\u0301 ² x s İi ǆ ƁƁ');
    expect(shadowOf('PLAIN Latin: ÄÖ, Äö')).toBe('plain latin: äö, äö');
    // every character of the block is its caseless self (the start-up table agrees with caseless())
    const block = String.fromCharCode(...Array(0x250).keys());
    expect([...shadowOf(block)].map((c, i) => [i, c])).toEqual([...block].map((c, i) => [i, shadowOf(c)]));
  });

  it('each text gets its own shadow, however the texts alternate and however long they are', () => {
    // diff and compare go back and forth between notices: the shadows of recent texts are kept
    const texts = ['Ensimmäinen ÄÖ', 'Toinen Ω', 'Kolmas ſ', 'Neljäs İ', 'Viides K', 'x'.repeat(1_500_000) + 'Ä', 'Y'.repeat(900_000)];
    const expected = texts.map((t) => t.toLowerCase().replace(/[ωſ]/g, (c) => (c === 'ſ' ? 's' : 'ƻ')).replace('i̇', 'İ').replace('\u212a', 'k'));
    for (const order of [[0, 1, 0, 2, 1, 3, 4, 0, 5, 6, 5, 0, 6], [6, 5, 4, 3, 2, 1, 0, 6, 0]])
      for (const i of order) expect(shadowOf(texts[i]), `text ${i}`).toBe(expected[i]);
  });

  it('two characters equal under case folding are one character on the shadow', () => {
    // every character of the block, and those outside it whose case partner is inside
    const chars = [...Array(0x250).keys(), 0x212a, 0x212b, 0x1e9e, 0x253, 0x254].map((c) => String.fromCodePoint(c));
    for (const a of chars) {
      if (a === '\u00b5') continue; // µ folds to Greek μ: a pattern with µ runs as written
      const fold = new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu');
      for (const b of chars) if (fold.test(b)) expect(shadowOf(b), `${a} ~ ${b}`).toBe(shadowOf(a));
    }
  });

  it('a pattern that names a letter outside Latin, or another Unicode property, runs as written', () => {
    expect(shadowSource('(?<![\\p{L}\\p{N}])ж')).toBeNull();
    expect(shadowSource('\\p{Lu}+')).toBeNull();
    expect(shadowSource('\\u0436')).toBeNull();
    expect(shadowSource('µg')).toBeNull();
    // a class range across cases, or of letters outside ASCII
    expect(shadowSource('[A-z]')).toBeNull();
    expect(shadowSource('[À-Ö]')).toBeNull();
    const cheap = shadowSource('(?<![\\p{L}\\p{N}])[\\p{L}-]+\\p{N} \\[Kissa\\]')!;
    expect(cheap.startsWith(`(?<![${LATIN_LN}])[`)).toBe(true);
    expect(cheap).not.toContain('\\p{');
    expect(cheap.endsWith(' \\[kissa\\]')).toBe(true);
    // the Latin letters, and a number, are what they were, without the i flag on the shadow
    const re = new RegExp(cheap, 'u');
    expect(re.test(shadowOf('xäö-ÿ2 [KISSA]'))).toBe(true);
    expect(re.test(shadowOf('ab- 2 [kissa]'))).toBe(false);
    // escapes, group names and ASCII ranges keep their meaning
    expect(shadowSource('(?<Vuosi>\\d{4})\\s\\S\\k<Vuosi>[A-Z]')).toBe('(?<Vuosi>\\d{4})\\s\\S\\k<Vuosi>[a-z]');
  });

  const lists = patternLists(loadPack('fi-gdpr'), PATTERN_KEYS);
  it('finds the pack\'s patterns (the control: there is something to compare)', () => {
    expect(lists.length).toBeGreaterThan(30);
    expect(lists.flat().some((p) => p.startsWith('near('))).toBe(true);
  });

  it('changes no match of any pattern of the pack, on plain and salted notices', () => {
    const texts = [...seeds, ...seeds.map(salted), ...seeds.map((s, i) => salted(s, i + 5))];
    let matches = 0;
    for (const list of lists) {
      const exact = compilePatterns(list);
      const cheap = compileRulePatterns(list);
      for (const text of texts) {
        const a = [...matchesIn(exact, text)];
        expect([...matchesIn(cheap, text)], list.join(' ; ')).toEqual(a);
        matches += a.length;
      }
    }
    expect(matches).toBeGreaterThan(100);
  });
});
