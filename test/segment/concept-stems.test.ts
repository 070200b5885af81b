/**
 * src/segment/concept-stems.ts is a memo of the Finnish stemmer for the catalogue's concept
 * words: each entry must be a concept word with the stem the stemmer gives. And concepts.ts skips
 * the stemmer for a word that does not begin with a known stem less its last vowels: that
 * holds of every word the stemmer is given here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPT_STEMS } from '../../src/segment/concept-stems.js';
import { finnishStem } from '../../src/segment/concepts.js';
import { loadCatalogue } from '../../src/segment/index.js';

describe('concept stems', () => {
  it('holds concept words of the catalogue compared by stem, each with the stem the stemmer gives', () => {
    const cat = loadCatalogue();
    const patterns = [
      ...cat.sections.flatMap((s) => s.concepts ?? []),
      ...(cat.titles ?? []),
      ...(cat.sentenceCues ?? []),
    ];
    const words = new Set(
      patterns
        .flatMap((c) => c.trim().split(/\s+/))
        .map((p) => p.toLowerCase())
        .filter((p) => !p.startsWith('*') && !p.endsWith('*') && p.length > 5),
    );
    // A word added to the catalogue without an entry is stemmed at run time (correct, only slower):
    // a lawyer's edit of rules/sections.yaml never fails here. Every entry must be right.
    expect([...CONCEPT_STEMS.keys()].filter((w) => !words.has(w))).toEqual([]);
    expect(CONCEPT_STEMS.size).toBeGreaterThan(0);
    for (const [word, stem] of CONCEPT_STEMS) expect(finnishStem(word), word).toBe(stem);
  });

  it('a stem less its last vowels begins its word, for the seeds’ words and their inflections', () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n')
      .toLowerCase();
    const words = [...new Set(text.match(/[\p{L}\p{N}]+(?:[:'’-][\p{L}\p{N}]+)*/gu) ?? [])];
    const endings = ['', 'kseni', 'ksesi', 'ssa', 'kka', 'tta', 'nsa', 'kin', 'han', 'ltä', 'iden', 'ihin'];
    const wrong = words
      .flatMap((w) => endings.map((e) => w + e))
      .filter((w) => !w.startsWith(finnishStem(w).replace(/[aeiouyäö]+$/, '')));
    expect(wrong).toEqual([]);
  });
});
