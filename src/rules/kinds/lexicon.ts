/**
 * `lexicon`: a word whose beginning is one or two edits away from a domain stem
 * ("reksiterinpitäjän" ~ "rekisterinpitäj-") but that does not itself begin with
 * any known stem is a probable typo. Stems are cut before the place where Finnish
 * consonant gradation changes them (rekisteröi-, not rekisteröity), so that
 * inflected forms are never mistaken for typos. Each distinct word is judged once.
 *
 * A candidate must be a better word than the one written: the typo lies inside the
 * stem and the word realigns with the stem's end (reksiterinpitäjän → rekisterinpitäjän),
 * so a word that merely branches off the stem (organisatorinen next to organisaatio-)
 * is never "corrected" into a non-word.
 *
 * With `neighbours`, the notice is its own dictionary: a long word written once that is
 * one stray, missing or swapped letter away from a word the same notice writes several
 * times (henkilötietojoen next to henkilötietojen ×8) is a probable typo of that word.
 * Letters whose presence is inflection (the plural i/j, the genitive n) and doubled
 * letters (rekisterin / rekisteriin) do not count, nor do the last letters, where the
 * endings are.
 */
import { distance } from 'fastest-levenshtein';
import { editPieces } from '../../util/edit-pieces.js';
import { escapeRegExp } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { LexiconDef } from '../schema/lexicon.js';
import type { WordIndex } from '../view.js';


export const lexicon: KindModule<LexiconDef> = {
  kind: 'lexicon',
  compile(def, env) {
    const stems = def.stems.map((s) => s.toLowerCase());
    const gradation = new Set(def.gradation);
    const good = [...stems, ...def.known.map((k) => k.toLowerCase())];
    const compared = stems.filter((s) => s.length >= def.minStemLength).map((stem) => ({ stem }));
    const longest = Math.max(0, ...compared.map((c) => c.stem.length));
    // Letter pair (as a number: two UTF-16 units) → the stems that have it, once per occurrence:
    // a word's shared pairs with every stem are counted from its own pairs, not by walking
    // every stem's pairs.
    const stemsWithPair = new Map<number, number[]>();
    compared.forEach(({ stem }, k) => {
      for (let i = 0; i + 1 < stem.length; i++) {
        const list = stemsWithPair.get(pairKey(stem, i));
        if (list) list.push(k);
        else stemsWithPair.set(pairKey(stem, i), [k]);
      }
    });
    // within `max` edits a beginning keeps all but 2·max of the stem's letter pairs
    const pairsNeeded = compared.map(({ stem }) => stem.length - 1 - 2 * maxEdits(stem));
    // A first filter, one search per word: a word's beginning within `max` edits of a stem keeps
    // one of the stem's pieces whole near its place (src/util/edit-pieces.ts). A word that keeps
    // none is near no stem, whatever the letter pairs below say, and most words keep none.
    const mayBeNear = new RegExp(`^(?:${compared.flatMap(({ stem }) => stemPieces(stem)).join('|')})`);
    /** stems so short that a word needs no pair in common with them (none of 4 letters or more) */
    const alwaysNear = compared.flatMap((_, k) => (pairsNeeded[k] <= 0 ? [k] : []));
    const shared = new Int32Array(compared.length);
    const verdicts = new Map<string, string | null>();
    // Two searches instead of a loop over the words and stems for each word: every distinct word
    // of a notice is asked, and a loop runs in V8's interpreter in a one-notice run.
    /** a long known word or stem anywhere from the fourth letter on (lastIndex 3) */
    const laterPart = new RegExp(anyOf(good.filter((g) => g.length >= 8)), 'g');
    /** the word begins with a stem that is compared */
    const beginsWithStem = new RegExp(`^(?:${anyOf(compared.map((c) => c.stem))})`);

    // The filters and the comparison are separate small functions: every distinct word of a
    // notice passes the filters, few reach the edit distances. V8 optimises what is called
    // often, and one function holding both took it 20–30 ms to optimise, which a run of one
    // notice waited for at its end.
    /** Is the word a known word's form, or a compound ending in one? Then it is no typo. */
    const known = (word: string): boolean => {
      if (env.acceptedWords.has(word)) return true;
      // A compound whose later part is a domain word (asiakasrekisteri) is not a typo of it.
      laterPart.lastIndex = 3;
      if (laterPart.test(word)) return true;
      // A word that begins with a stem is that stem's word.
      return beginsWithStem.test(word);
    };
    /**
     * The stems the word's beginning may be near (q-gram filter): within `max` edits a beginning
     * keeps all but 2·max of the stem's letter pairs, so a word sharing fewer cannot be near it.
     */
    const nearStems = (word: string): number[] => {
      shared.fill(0);
      const out = [...alwaysNear];
      // The pairs of the word's beginning, a repeated pair counted again: that only lets more
      // stems through to the exact comparison, never fewer, and spares a lookup per pair. A
      // stem is taken when its count reaches what it needs (counts only grow: once), not by a
      // pass over every stem for every word.
      for (let i = 0; i + 1 < Math.min(word.length, longest + 2); i++) {
        const ks = stemsWithPair.get(pairKey(word, i));
        if (ks) for (const k of ks) if (++shared[k] === pairsNeeded[k]) out.push(k);
      }
      // in the stems' order, as bestFix breaks ties by it
      return out.length > 1 ? out.sort((a, b) => a - b) : out;
    };
    /** The best correction of the word by one of these stems, or null. */
    const bestFix = (word: string, near: readonly number[]): string | null => {
      let best: { d: number; fix: string } | null = null;
      const explainedBy = good.filter((g) => word.startsWith(g));
      for (const k of near) {
        const { stem } = compared[k];
        // A word explained by another known beginning (rekisteröi- next to rekisterinpitäj-)
        // is not a typo of this stem; a beginning the stem itself starts with explains nothing.
        if (explainedBy.some((g) => !stem.startsWith(g))) continue;
        const max = maxEdits(stem);
        // Compare the word's beginning at a few lengths: the typo may add or drop letters.
        for (let len = stem.length - 2; len <= Math.min(word.length, stem.length + 2); len++) {
          const head = word.slice(0, len);
          const d = distance(head, stem);
          if (d === 0 || d > max || (best && d >= best.d)) continue;
          if (d === 1 && len === stem.length && isGradation(head, stem, gradation)) continue;
          // The edit must fall inside the stem: a difference only in its last letter is
          // another ending or derivation (vastaanottaj- / vastaanottam-), not a typo.
          if (commonPrefix(head, stem) >= Math.min(head.length, stem.length - 1)) continue;
          // ...and after two edits the word must realign with the stem's end (or the edits are
          // one swap of neighbouring letters): organisato- is not a typo of organisaatio-.
          if (d === 2 && head.slice(-2) !== stem.slice(-2) && !isSwap(head, stem)) continue;
          best = { d, fix: stem + word.slice(len) };
        }
      }
      return best?.fix ?? null;
    };
    const judge = (word: string): string | null => {
      if (known(word) || !mayBeNear.test(word)) return null;
      const near = nearStems(word);
      return near.length === 0 ? null : bestFix(word, near);
    };

    const nb = def.neighbours;
    const isEnding = endingTest(nb?.endings);
    return (view, report) => {
      const { words } = view;
      const { ids, lowers } = view.wordIndex;
      const fromNotice = nb ? neighbourFixes(words, view.wordIndex, nb, env.acceptedWords, isEnding) : null;
      // each distinct word judged once, in order of first use
      const fixes = lowers.map((lower): string | null => {
        if (lower.length < def.minWordLength) return null;
        let fix: string | null | undefined = null;
        if (!lower.includes('-')) {
          fix = verdicts.get(lower);
          if (fix === undefined) verdicts.set(lower, (fix = judge(lower)));
        }
        return fix ?? fromNotice?.get(lower) ?? null;
      });
      for (let k = 0; k < words.length; k++) {
        const fix = fixes[ids[k]];
        if (!fix) continue;
        const w = words[k];
        const upper = w.text[0] === w.text[0].toUpperCase();
        const suggestion = (upper ? fix[0].toUpperCase() : fix[0].toLowerCase()) + fix.slice(1);
        report([w.start, w.end], { suggestion, vars: { match: w.text, suggestion } });
      }
    };
  },
};

type Neighbours = NonNullable<LexiconDef['neighbours']>;
type Endings = NonNullable<Neighbours['endings']>;

const LETTERS = /^\p{L}*$/u;

/**
 * @internal (exported for its test) The test "is `s` an ending?" of a rule's `endings` (see its
 * schema): [beforeCase] case or [plural.before] plural.marker plural.after, then [possessive]
 * [clitic]. Sets of the parts instead of one regular expression of every ending: this is asked
 * of a few words of a notice, and V8 took 1.5–2 ms to compile such an expression, a tenth of
 * the rule's time in a one-notice run. Without `endings`, nothing is an ending.
 * test/rules/endings.test.ts holds the expression it replaced and checks that both answer alike.
 */
export function endingTest(endings: Endings | undefined): (s: string) => boolean {
  if (!endings) return () => false;
  const before = ['', ...endings.beforeCase];
  const possessives = ['', ...endings.possessives];
  const clitics = ['', ...endings.clitics];
  const plural = endings.plural;
  let closed: Set<string> | undefined; // made on first use: most notices never ask
  return (s) => {
    closed ??= new Set([
      ...before.flatMap((b) => endings.cases.map((c) => b + c)),
      ...(plural ? ['', ...plural.before].flatMap((v) => plural.after.map((e) => v + plural.marker + e)) : []),
    ]);
    for (const clitic of clitics) {
      if (!s.endsWith(clitic)) continue;
      const s1 = s.slice(0, s.length - clitic.length);
      for (const possessive of possessives) {
        if (!s1.endsWith(possessive)) continue;
        const core = s1.slice(0, s1.length - possessive.length);
        if (closed.has(core)) return true;
        for (const b of before)
          for (const open of endings.openCases)
            if (core.startsWith(b + open) && LETTERS.test(core.slice(b.length + open.length))) return true;
      }
    }
    return false;
  };
}

/**
 * Words written once → the word the notice writes at least `minCount` times that they are
 * one edit from: a stray letter (henkilötietojoen → henkilötietojen), a missing letter
 * (henkilötietjen → henkilötietojen) or two neighbouring letters swapped
 * (Varisnais-Suomen → Varsinais-Suomen). Linear: a word is compared only with the frequent words
 * of its first letter and a length one edit away, and its edits are spelt out only when one fits.
 */
function neighbourFixes(
  words: readonly { text: string }[],
  { ids, lowers, idOf }: WordIndex,
  nb: Neighbours,
  accepted: ReadonlySet<string>,
  isEnding: (s: string) => boolean,
): Map<string, string> {
  const count = new Int32Array(lowers.length);
  const written: (string | undefined)[] = new Array(lowers.length); // how the notice writes the word (Varsinais-Suomen)
  for (let k = 0; k < words.length; k++) {
    const id = ids[k];
    count[id]++;
    // a heading in capitals does not say how the word is written
    if (written[id] === undefined && !inCapitals(words[k].text)) written[id] = words[k].text;
  }
  const out = new Map<string, string>();
  const isFrequent = (s: string) => {
    const id = idOf.get(s);
    return id !== undefined && count[id] >= nb.minCount;
  };
  // Every edit below keeps the first letter, so a word can only meet a frequent word of its first
  // letter and the right length, and only one that it equals but for that edit. The loops below
  // build a string per letter; these pure filters let the words that meet none (nearly all)
  // skip them.
  const byShape = new Map<number, string[]>();
  for (let id = 0; id < lowers.length; id++) {
    if (count[id] < nb.minCount) continue;
    const word = lowers[id];
    const list = byShape.get(shapeKey(word.length, word));
    if (list) list.push(word);
    else byShape.set(shapeKey(word.length, word), [word]);
  }
  for (let id = 0; id < lowers.length; id++) {
    const word = lowers[id];
    if (count[id] !== 1 || word.length < nb.minLength || accepted.has(word)) continue;
    let fix: string | undefined;
    // a stray letter inside the word
    const strayPossible = byShape.get(shapeKey(word.length - 1, word))?.some((f) => oneDeletionFrom(word, f)) === true;
    for (let i = 1; strayPossible && !fix && i < word.length - nb.endingLength; i++) {
      if (!strayLetter(word, i, nb)) continue;
      const d = word.slice(0, i) + word.slice(i + 1);
      if (isFrequent(d)) fix = d;
    }
    // a letter missing from it: the first frequent word (in the notice's order) that, with a
    // letter left out, is this word
    fix ??= byShape.get(shapeKey(word.length + 1, word))?.find((f) => missingLetter(word, f, nb));
    // two neighbouring letters swapped
    const swapPossible = byShape.get(shapeKey(word.length, word))?.some((f) => oneSwapFrom(word, f)) === true;
    for (let i = 1; swapPossible && !fix && i + 1 < word.length - nb.endingLength; i++) {
      if (word[i] === word[i + 1] || !/\p{L}/u.test(word[i]) || !/\p{L}/u.test(word[i + 1])) continue;
      const s = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (isFrequent(s)) fix = s;
    }
    if (fix && !isOtherForm(word, fix, isEnding)) out.set(word, written[idOf.get(fix)!] ?? fix);
  }
  return out;
}

/**
 * `word === word.toUpperCase()`, without the upper-casing for a word with a small letter of
 * Latin-1 (nearly every word: upper-casing a two-byte string goes through ICU, and was most
 * of this rule's own time). Such a letter always changes, and upper-casing never shortens a
 * character, so the word cannot equal its upper case.
 */
function inCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return false;
  }
  return word === word.toUpperCase();
}

/** Is `word` the frequent word `f` with a letter left out that may be a typo's (strayLetter)? */
function missingLetter(word: string, f: string, nb: Neighbours): boolean {
  if (!oneDeletionFrom(f, word)) return false; // the filter: most words are not
  for (let i = 1; i < f.length - nb.endingLength; i++) {
    if (strayLetter(f, i, nb) && f.slice(0, i) + f.slice(i + 1) === word) return true;
  }
  return false;
}

/** A word's length and first UTF-16 unit as one number. */
function shapeKey(length: number, word: string): number {
  return length * 0x10000 + word.charCodeAt(0);
}

/** Is `shorter` `word` with one letter left out (somewhere)? */
function oneDeletionFrom(word: string, shorter: string): boolean {
  if (word.length !== shorter.length + 1) return false;
  const p = commonPrefix(word, shorter);
  for (let i = p; i < shorter.length; i++) if (word.charCodeAt(i + 1) !== shorter.charCodeAt(i)) return false;
  return true;
}

/** Is `other` `word` with two neighbouring letters swapped (somewhere)? */
function oneSwapFrom(word: string, other: string): boolean {
  if (word.length !== other.length) return false;
  const p = commonPrefix(word, other);
  if (p + 1 >= word.length || word[p] !== other[p + 1] || word[p + 1] !== other[p]) return false;
  for (let i = p + 2; i < word.length; i++) if (word.charCodeAt(i) !== other.charCodeAt(i)) return false;
  return true;
}

/** Do two words differ only by what follows their shared beginning, and is that an ending? */
function isOtherForm(written: string, frequent: string, isEnding: (s: string) => boolean): boolean {
  // The shared beginning may run into the ending (henkilötieton|a, henkilötieton|sa), so the
  // cut is also tried a few letters earlier (henkilötieto|na, henkilötieto|nsa).
  const p = commonPrefix(written, frequent);
  for (let k = p; k >= Math.max(1, p - 3); k--) {
    if (isEnding(written.slice(k)) && isEnding(frequent.slice(k))) return true;
  }
  return false;
}

/** May the letter at i be a typo's extra letter? Not an inflection letter, not half of a double, not a hyphen. */
function strayLetter(word: string, i: number, nb: Neighbours): boolean {
  const c = word[i];
  return c !== '-' && !nb.inflectionLetters.includes(c) && word[i - 1] !== c && word[i + 1] !== c && word[i - 1] !== word[i + 1];
}

/** An alternation of literal words, for a RegExp ('(?!)' for none: it matches nothing). */
function anyOf(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : words.map(escapeRegExp).join('|');
}

/**
 * @internal (exported for its test) The stem's max + 1 pieces (src/util/edit-pieces.ts), each as
 * an expression for the word's beginning: the piece where it stands in the stem, give or take
 * `max` letters.
 */
export function stemPieces(stem: string): string[] {
  const max = maxEdits(stem);
  return editPieces(stem.length, max).map(
    ([a, b]) => `[^]{${Math.max(0, a - max)},${a + max}}${escapeRegExp(stem.slice(a, b))}`,
  );
}

/** How many edits a typo of the stem may have: two in a long stem, one in a short. */
function maxEdits(stem: string): number {
  return stem.length >= 10 ? 2 : 1;
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // not the stem's last two letters: "pitjä" for "pitäj" is a letter left out before j
  return i + 2 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The two UTF-16 units at i as one number (a letter pair, without making a string of it). */
function pairKey(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

/** Do two words of one length differ first in a pair of letters the rule calls gradation? */
function isGradation(a: string, b: string, gradation: ReadonlySet<string>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return gradation.has(`${a[i]}:${b[i]}`);
  return false;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
