/**
 * Classifies a heading by what it is about, not by its exact words. The layout has
 * already said that a line is a heading (a Markdown or Word heading, a numbered
 * sequence, a line set apart like the other headings); this says which canonical
 * section it names: "Mitä tietoja käsittelemme?" is data_content, "Kuinka kauan
 * tietoja säilytetään?" retention, "Kenelle tietoja luovutetaan?" disclosures.
 *
 * Each section of rules/sections.yaml lists `concepts`: one or more words that must all
 * occur in the heading. A word is written as
 *   - `luovut*`   a beginning (Finnish inflects at the end: luovutus, luovutetaan);
 *   - `*tiedot`   an ending (henkilötiedot, kohdetiedot: a compound's head is last);
 *   - `*suojau*`  a part anywhere in the word;
 *   - `evästeet`  a whole word, compared by its Finnish Snowball stem, so that its
 *                 inflected and possessive forms match (evästeitä, evästeistä).
 * The concept with the most words wins; on a tie, the one whose word stands later,
 * since the head of a Finnish noun phrase comes last ("Rekisterinpitäjän
 * yhteyshenkilö" is a contact, not the controller). A heading joined by connectors
 * ("Tietojen suojaus ja säilytysajat") is classified part by part.
 */
import { createRequire } from 'node:module';
import { WORD, type Catalogue } from './catalogue.js';
import { CONCEPT_STEMS } from './concept-stems.js';

type WordTest = (word: string, stem: () => string) => boolean;

interface Concept {
  id: string;
  order: number;
  words: WordTest[];
}

let stemmer: { stem(word: string): string } | undefined;
/** The Finnish Snowball stemmer, loaded on first use (most notices never need it). */
export function finnishStem(word: string): string {
  stemmer ??= stemmerModule().newStemmer('finnish');
  return stemmer.stem(word);
}

/**
 * The build cuts the Finnish stemmer out of snowball-stemmers' 25 languages into
 * dist/snowball-finnish.cjs (scripts/build-stemmer.mjs): 3 ms to load instead of 15–50.
 * Run from src/, or if the cut could not be made, the whole package.
 */
function stemmerModule(): typeof import('snowball-stemmers') {
  const require = createRequire(import.meta.url);
  try {
    return require('../snowball-finnish.cjs') as typeof import('snowball-stemmers');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
    return require('snowball-stemmers') as typeof import('snowball-stemmers');
  }
}

export function wordTest(pattern: string): WordTest {
  const p = pattern.toLowerCase();
  const lead = p.startsWith('*');
  const trail = p.endsWith('*');
  const core = p.replace(/^\*|\*$/g, '');
  if (lead && trail) return (w) => w.includes(core);
  if (lead) return (w) => w.endsWith(core);
  if (trail) return (w) => w.startsWith(core);
  // Short words (pronouns, question words: kenen / kenelle) are too short for a stem to tell apart.
  if (core.length <= 5) return (w) => w === core;
  const known = CONCEPT_STEMS.get(core);
  if (known !== undefined) {
    // The stem of a word, less its last vowels, begins the word (the stemmer only cuts endings,
    // turns a last -kse into -ksi and undoubles the last consonant before the final vowels).
    // A word that does not begin so cannot have this stem, and is not stemmed to find out.
    const stemStart = known.replace(/[aeiouyäö]+$/, '');
    const head = core.slice(0, 3);
    return (w, s) => w === core || (w.startsWith(head) && w.startsWith(stemStart) && s() === known);
  }
  const stem = finnishStemLazy(core);
  // A stem is a beginning of its word: words that differ in their first letters cannot share
  // one, and the stemmer (16 ms to load) is not woken for them.
  const head = core.slice(0, 3);
  return (w, s) => w === core || (w.startsWith(head) && s() === stem());
}

/** The stem of `word` when first asked: a concept word's from the memo (a notice says "oikeutesi" too). */
function finnishStemLazy(word: string): () => string {
  let value: string | undefined;
  return () => (value ??= CONCEPT_STEMS.get(word) ?? finnishStem(word));
}

export class ConceptClassifier {
  private readonly concepts: Concept[] = [];
  private readonly titles: WordTest[][];
  private readonly connectors: Set<string>;
  private readonly sentenceCues: WordTest[];

  constructor(cat: Catalogue) {
    cat.sections.forEach((s, order) => {
      for (const c of s.concepts ?? [])
        this.concepts.push({ id: s.id, order, words: c.trim().split(/\s+/).map(wordTest) });
    });
    this.titles = (cat.titles ?? []).map((t) => t.trim().split(/\s+/).map(wordTest));
    this.connectors = cat.connectors;
    this.sentenceCues = (cat.sentenceCues ?? []).map(wordTest);
  }

  /**
   * A heading is a noun phrase or a question. A line with a finite verb ("Käsittelemme
   * …", "Rekisterinpitäjä voi kerätä …") that does not end in a question mark is a sentence.
   */
  readsAsSentence(line: string): boolean {
    if (/\?\s*(?:\*\*)?\s*$/.test(line)) return false;
    return this.words(line).some((w) => this.sentenceCues.some((test) => test(w.word, w.stem)));
  }

  /** The canonical ids a heading names, in order, or null when no concept fits. */
  classify(heading: string): string[] | null {
    const ids: string[] = [];
    for (const part of this.parts(heading)) {
      const id = this.best(part);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids.length ? ids : null;
  }

  /** A heading that names the notice itself ("Tietosuojaseloste", "Käyttöehdot ja tietosuojakäytäntö"). */
  isTitle(heading: string): boolean {
    const words = this.words(heading);
    return this.titles.some((t) => t.every((test) => words.some((w) => test(w.word, w.stem))));
  }

  private parts(heading: string): Word[][] {
    const parts: Word[][] = [[]];
    // A comma or a connector between words separates the parts of a combined heading.
    const pieces = heading.split(/[,;/]|\s[–—-]\s/);
    for (const piece of pieces) {
      for (const w of this.words(piece)) {
        if (this.connectors.has(w.word)) parts.push([]);
        else parts[parts.length - 1].push(w);
      }
      parts.push([]);
    }
    return parts.filter((p) => p.length > 0);
  }

  private best(words: Word[]): string | null {
    let best: { id: string; size: number; last: number; order: number } | null = null;
    for (const c of this.concepts) {
      let last = -1;
      let ok = true;
      for (const test of c.words) {
        const at = words.findIndex((w) => test(w.word, w.stem));
        if (at < 0) {
          ok = false;
          break;
        }
        last = Math.max(last, at);
      }
      if (!ok) continue;
      const cand = { id: c.id, size: c.words.length, last, order: c.order };
      if (
        !best ||
        cand.size > best.size ||
        (cand.size === best.size && (cand.last > best.last || (cand.last === best.last && cand.order < best.order)))
      ) {
        best = cand;
      }
    }
    return best?.id ?? null;
  }

  /**
   * The words of `text` as the heading matcher reads them (catalogue.ts WORD: one pattern to
   * compile), less the trailing '-' of a suspended compound or the ':' of a label: so read,
   * they are the words of /[\p{L}\p{N}]+(?:[:'’-][\p{L}\p{N}]+)*-?/gu.
   */
  private words(text: string): Word[] {
    const lower = text.toLowerCase();
    const re = WORD.for(lower);
    const out: Word[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const word = m[0].replace(/[-:]$/, '');
      out.push({ word, stem: finnishStemLazy(word) });
    }
    return out;
  }
}

interface Word {
  word: string;
  stem: () => string;
}
