/** `existence`: a phrase that must not occur (placeholders, outdated names, markup), optionally
 * only near another phrase ("Ratapihantie 9" next to the Ombudsman's name). */
import { lineIndexAt } from '../../model/position.js';
import { compilePatterns, matchesIn, whichPattern } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { NoticeView } from '../view.js';
import type { ExistenceDef } from '../schema/existence.js';

export const existence: KindModule<ExistenceDef> = {
  kind: 'existence',
  compile(def, env) {
    const entries = [...def.patterns, ...env.extraPhrases].map((p) =>
      typeof p === 'string' ? { pattern: p, suggestion: undefined } : p,
    );
    // One pass over the text with one expression; which pattern matched is asked only on a hit.
    const sources = entries.map((e) => e.pattern);
    const re = compilePatterns(sources);
    const near = def.near ? compilePatterns(def.near.patterns) : null;
    return (view, report) => {
      const seenLines = new Set<number>();
      for (const [from, to] of view.scopeRanges(def.scope)) {
        for (const [start, end, text] of matchesIn(re, view.text, from, to)) {
          if (near && !isNear(view, near, start, end, def.near!.within)) continue;
          const line = lineIndexAt(view.notice.lineStarts, start);
          if (def.once === 'line' && seenLines.has(line)) continue;
          seenLines.add(line);
          const suggestion = entries.some((e) => e.suggestion) ? (entries[whichPattern(sources, text)]?.suggestion ?? null) : null;
          report([start, end], { suggestion, vars: { match: text } });
          if (def.once === 'notice') return;
        }
      }
    };
  },
};

function isNear(view: NoticeView, near: RegExp, start: number, end: number, within: number): boolean {
  const from = Math.max(0, start - within);
  const to = Math.min(view.text.length, end + within);
  for (const _ of matchesIn(near, view.text, from, to)) return true;
  return false;
}
