/** `existence`: a phrase that must not occur (placeholders, outdated names, markup), optionally
 * only near another phrase ("Ratapihantie 9" next to the Ombudsman's name). A rule may also
 * list `templates`: the fingerprints a widely copied template leaves when it is not filled in,
 * reported with the template's name when the rule has a `messages.template`. */
import { lineIndexAt } from '../../model/position.js';
import { compilePatterns, matchesIn, patternSource } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { NoticeView } from '../view.js';
import type { ExistenceDef } from '../schema/existence.js';

interface Entry {
  pattern: string;
  suggestion?: string;
  template?: string;
}

export const existence: KindModule<ExistenceDef> = {
  kind: 'existence',
  compile(def, env) {
    const asEntry = (p: string | { pattern: string; suggestion?: string }, template?: string): Entry =>
      typeof p === 'string' ? { pattern: p, template } : { ...p, template };
    const entries: Entry[] = [
      ...[...def.patterns, ...env.extraPhrases].map((p) => asEntry(p)),
      ...(def.templates ?? []).flatMap((t) => t.patterns.map((p) => asEntry(p, t.name))),
    ];
    // One pass over the text with one expression; which pattern matched is asked only on a hit.
    const re = compilePatterns(entries.map((e) => e.pattern));
    const needWhich = entries.some((e) => e.suggestion || e.template);
    // Each pattern on its own, sticky, to tell at a hit's position which one matched (the
    // patterns may look behind or ahead of the match, so they are tried in the whole text).
    let sticky: RegExp[] | null = null;
    const which = (text: string, start: number, end: number): Entry | undefined => {
      sticky ??= entries.map((e) => new RegExp(patternSource(e.pattern), 'iuy'));
      for (let i = 0; i < sticky.length; i++) {
        sticky[i].lastIndex = start;
        const m = sticky[i].exec(text);
        if (m && start + m[0].length === end) return entries[i];
      }
      return undefined;
    };
    const near = def.near ? compilePatterns(def.near.patterns) : null;
    const templateMessage = Boolean(def.messages?.template);
    return (view, report) => {
      const seenLines = new Set<number>();
      for (const [from, to] of view.scopeRanges(def.scope)) {
        for (const [start, end, text] of matchesIn(re, view.text, from, to)) {
          if (near && !isNear(view, near, start, end, def.near!.within)) continue;
          const line = lineIndexAt(view.notice.lineStarts, start);
          if (def.once === 'line' && seenLines.has(line)) continue;
          seenLines.add(line);
          const entry = needWhich ? which(view.text, start, end) : undefined;
          const template = entry?.template;
          report([start, end], {
            suggestion: entry?.suggestion ?? null,
            ...(template && templateMessage ? { messageKey: 'template' } : {}),
            vars: { match: text, ...(template ? { template } : {}) },
          });
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
