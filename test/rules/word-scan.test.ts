/**
 * The rules' words are found by a scan of character codes (word-scan.ts) that must find
 * exactly what the regex it replaces finds: the same ranges, on the seed notices and on
 * random text of letters, combining marks, hyphens, digits, astral characters and lone
 * surrogates.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/rules/word-scan.js';

const WORD = /[\p{L}][\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)*/gu;

const byRegex = (text: string): [number, number][] => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
function byScan(text: string): [number, number][] {
  const out: [number, number][] = [];
  scanWords(text, (start, end) => out.push([start, end]));
  return out;
}

const PIECES = ['a', 'Z', 'ä', 'Ö', 'ß', 'ſ', 'İ', 'ж', 'Ω', '中', 'ǅ', '\u0301', '\u0308', '-', '--', ' ', '\n', '1', '٣', '’', "'", ':', '.', '𝐀', '😀', '\ud835', '\udc00', '\u00a0', 'ª', '\u200d', 'x'];

describe('scanWords', () => {
  it('finds what the word regex finds on the seed notices', () => {
    for (const f of readdirSync('fixtures').filter((n) => /^00\d_.*\.txt$/.test(n))) {
      const text = readFileSync(`fixtures/${f}`, 'utf8');
      expect(byScan(text)).toEqual(byRegex(text));
    }
  });
  it('finds what the word regex finds on random text (marks, hyphens, astral letters, lone surrogates)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 24; k > 0; k--) text += PIECES[next() % PIECES.length];
      expect(byScan(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
  it('joins hyphenated parts and leaves a hyphen before a non-letter out', () => {
    expect(byScan('tietosuoja-asetus EU-  x-1 -a')).toEqual([[0, 17], [18, 20], [23, 24], [28, 29]]);
  });
});
