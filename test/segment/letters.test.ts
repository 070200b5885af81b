/**
 * The segmenter's Latin copies of its `\p{…}` patterns (src/segment/letters.ts) must say what
 * the Unicode originals say, wherever they are used: for every text that latinText accepts.
 */
import { describe, expect, it } from 'vitest';
import { LetterPattern, latinSource, latinText } from '../../src/segment/letters.js';

/** Every character latinText accepts, and a few just outside its ranges. */
function characters(): { accepted: string[]; refused: string[] } {
  const accepted: string[] = [];
  const refused: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    (latinText(ch) ? accepted : refused).push(ch);
  }
  return { accepted, refused };
}

describe('Latin letter classes', () => {
  const { accepted, refused } = characters();

  it.each(['L', 'Lu', 'Ll', 'N'])('[\\p{%s}] is the same class over every accepted character', (name) => {
    const unicode = new RegExp(`^[\\p{${name}}]$`, 'u');
    const latin = new RegExp(latinSource(`^[\\p{${name}}]$`));
    const differ = accepted.filter((ch) => unicode.test(ch) !== latin.test(ch));
    expect(differ.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('accepts Finnish text with its punctuation and refuses other scripts and astral characters', () => {
    expect(latinText('Rekisterinpitäjä – “Esimerkki Oy” • 5 € ▪ ä')).toBe(true);
    expect(latinText('Ä'.normalize('NFD'))).toBe(true);
    for (const t of ['Šiauliai', 'Москва', 'ﬁ', '🔒', 'ℕ', 'ⁿ']) expect(latinText(t)).toBe(false);
    expect(refused.length).toBeGreaterThan(0);
  });

  it('gives the Unicode pattern its answers for other texts', () => {
    const word = new LetterPattern('^[\\p{L}]+$');
    expect(word.test('Москва')).toBe(true);
    expect(word.test('tietosuojaseloste')).toBe(true);
    expect(word.test('tieto suoja')).toBe(false);
  });
});
