/**
 * `substitution`: a known misspelling and its correction ("reksiterinpitäjä" →
 * "rekisterinpitäjä"). A trailing `*` on both sides keeps whatever ending the word
 * has, so one entry covers every inflected form. Words are looked up in a map, so
 * the cost does not grow with the length of the list.
 */
import { escapeRegExp } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { SubstitutionDef } from '../schema/substitution.js';

const MIN_STEM = 4;

export const substitution: KindModule<SubstitutionDef> = {
  kind: 'substitution',
  compile(def, env) {
    const exact = new Map<string, string>();
    const stems = new Map<string, string>();
    for (const [wrong, right] of Object.entries(def.swap)) {
      const w = wrong.toLowerCase();
      if (w.endsWith('*')) {
        const stem = w.slice(0, -1);
        stems.set(stem, right.replace(/\*$/, ''));
      } else exact.set(w, right);
    }
    // The longest stem the word begins with, by one search: the alternatives longest first, so
    // the first that matches is the longest (a loop over the word's beginnings ran in V8's
    // interpreter for every distinct word of a one-notice run).
    const byLength = [...stems.keys()].filter((s) => s.length >= MIN_STEM).sort((a, b) => b.length - a.length);
    const stemAtStart = byLength.length > 0 ? new RegExp(`^(?:${byLength.map(escapeRegExp).join('|')})`) : null;
    const verdicts = new Map<string, string | null>();
    const correct = (lower: string): string | null => {
      if (env.acceptedWords.has(lower)) return null;
      const hit = exact.get(lower);
      if (hit !== undefined) return hit;
      const stem = stemAtStart?.exec(lower)?.[0];
      return stem === undefined ? null : stems.get(stem)! + lower.slice(stem.length);
    };
    return (view, report) => {
      const ranges = view.scopeRanges(def.scope);
      const inScope = def.scope ? (w: { start: number; end: number }) => ranges.some(([a, b]) => w.start >= a && w.end <= b) : () => true;
      const { words } = view;
      const { ids, lowers } = view.wordIndex;
      // a word's verdict looked up once in the notice, by its number
      const fixes = new Array<string | null | undefined>(lowers.length);
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (!inScope(w)) continue;
        let fix = fixes[ids[k]];
        if (fix === undefined) {
          fix = verdicts.get(w.lower);
          if (fix === undefined) verdicts.set(w.lower, (fix = correct(w.lower)));
          fixes[ids[k]] = fix;
        }
        if (fix === null) continue;
        const suggestion = matchCase(w.text, fix);
        report([w.start, w.end], { suggestion, ...(def.safe ? { safe: true } : {}), vars: { match: w.text, suggestion } });
      }
    };
  },
};

export function matchCase(original: string, fix: string): string {
  if (original === original.toUpperCase() && original.length > 1) return fix.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return fix[0].toUpperCase() + fix.slice(1);
  return fix;
}
