/**
 * sameWord asks `distance` only of pairs that share a piece (src/segment/heading-matcher.ts
 * mayBeWithin): its answers must be those of the edit distance asked of every pair.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/segment/index.js';
import { sameWord } from '../../src/segment/heading-matcher.js';

/** sameWord as it was, with the distance asked of every pair that gets that far. */
function reference(word: string, phraseWord: string, distinct: readonly [string, string][]): boolean {
  if (word === phraseWord) return true;
  const la = word.length;
  const lb = phraseWord.length;
  const min = Math.min(la, lb);
  if (min < 5) return false;
  for (const [x, y] of distinct) {
    if ((word.startsWith(x) && phraseWord.startsWith(y)) || (word.startsWith(y) && phraseWord.startsWith(x)))
      return false;
  }
  let cp = 0;
  while (cp < min && word.charCodeAt(cp) === phraseWord.charCodeAt(cp)) cp++;
  if (cp >= 5 && cp >= min - 3 && Math.max(la, lb) - cp <= 5) return true;
  if (Math.abs(la - lb) > 2) return false;
  return distance(word, phraseWord) <= (min >= 9 ? 2 : 1);
}

describe('sameWord', () => {
  it('answers as the edit distance for the seeds’ words against every catalogue word', () => {
    const cat = loadCatalogue();
    const phraseWords = [...new Set(cat.phrases.flatMap((p) => p.tokens))];
    const dir = new URL('../../fixtures/', import.meta.url);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const words = [...new Set(text.toLowerCase().match(/[\p{L}-]{5,}/gu) ?? [])];
    // typos of the catalogue's own words: one and two edits, where the distance decides
    const typos = phraseWords.flatMap((w) => [w.slice(1), `x${w}`, `${w.slice(0, 3)}q${w.slice(4)}`, w.slice(0, -2)]);
    let yes = 0;
    const differ: string[] = [];
    for (const w of [...words, ...typos]) {
      for (const p of phraseWords) {
        const want = reference(w, p, cat.distinct);
        if (sameWord(w, p, cat.distinct) !== want) differ.push(`${w} ~ ${p}`);
        if (want) yes++;
      }
    }
    expect(differ).toEqual([]);
    expect(yes).toBeGreaterThan(100);
  });
});
