/**
 * `lexicon`: a word whose beginning is one or two edits away from a domain stem
 * ("reksiterinpitäjän" ~ "rekisterinpitäj-") but that does not itself begin with
 * any known stem is a probable typo. Stems are cut before the place where Finnish
 * consonant gradation changes them (rekisteröi-, not rekisteröity), so that
 * inflected forms are never mistaken for typos. Each distinct word is judged once.
 */
import { distance } from 'fastest-levenshtein';
import type { KindModule } from '../types.js';
import type { LexiconDef } from '../schema/lexicon.js';

// Consonant gradation and vowel harmony pairs: a difference of only these is inflection.
const GRADATION = new Set(['t:d', 'd:t', 'k:g', 'g:k', 'p:v', 'v:p', 'k:j', 'j:k', 'k:v', 'v:k', 'a:ä', 'ä:a', 'o:ö', 'ö:o', 'u:y', 'y:u']);

export const lexicon: KindModule<LexiconDef> = {
  kind: 'lexicon',
  compile(def, env) {
    const stems = def.stems.map((s) => s.toLowerCase());
    const good = [...stems, ...def.known.map((k) => k.toLowerCase())];
    const compared = stems.filter((s) => s.length >= def.minStemLength).map((stem) => ({ stem, pairs: letterPairs(stem) }));
    const longest = Math.max(0, ...compared.map((c) => c.stem.length));
    const verdicts = new Map<string, string | null>();

    const judge = (word: string): string | null => {
      if (env.acceptedWords.has(word)) return null;
      // A compound whose later part is a domain word (asiakasrekisteri) is not a typo of it.
      for (const g of good) if (g.length >= 8 && word.indexOf(g, 3) !== -1) return null;
      let best: { d: number; fix: string } | null = null;
      const explainedBy = good.filter((g) => word.startsWith(g));
      const wordPairs = new Set(letterPairs(word.slice(0, longest + 2)));
      for (const { stem, pairs } of compared) {
        if (word.startsWith(stem)) return null;
        // A word explained by another known beginning (rekisteröi- next to rekisterinpitäj-)
        // is not a typo of this stem; a beginning the stem itself starts with explains nothing.
        if (explainedBy.some((g) => !stem.startsWith(g))) continue;
        const max = stem.length >= 10 ? 2 : 1;
        // q-gram filter: within `max` edits a beginning keeps all but 2·max of the stem's
        // letter pairs, so a word sharing fewer cannot be near it (saves the distances).
        let shared = 0;
        for (const p of pairs) if (wordPairs.has(p)) shared++;
        if (shared < pairs.length - 2 * max) continue;
        // Compare the word's beginning at a few lengths: the typo may add or drop letters.
        for (let len = stem.length - 2; len <= Math.min(word.length, stem.length + 2); len++) {
          const head = word.slice(0, len);
          const d = distance(head, stem);
          if (d === 0 || d > max || (best && d >= best.d)) continue;
          if (d === 1 && len === stem.length && isGradation(head, stem)) continue;
          // The edit must fall inside the stem: a difference only in its last letter is
          // another ending or derivation (vastaanottaj- / vastaanottam-), not a typo.
          if (commonPrefix(head, stem) >= Math.min(head.length, stem.length) - 1) continue;
          best = { d, fix: stem + word.slice(len) };
        }
      }
      return best?.fix ?? null;
    };

    return (view, report) => {
      for (const w of view.words) {
        if (w.lower.length < def.minWordLength || w.lower.includes('-')) continue;
        let fix = verdicts.get(w.lower);
        if (fix === undefined) verdicts.set(w.lower, (fix = judge(w.lower)));
        if (!fix) continue;
        const suggestion = w.text[0] === w.text[0].toUpperCase() ? fix[0].toUpperCase() + fix.slice(1) : fix;
        report([w.start, w.end], { suggestion, vars: { match: w.text, suggestion } });
      }
    };
  },
};

function letterPairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function isGradation(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return GRADATION.has(`${a[i]}:${b[i]}`);
  return false;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
