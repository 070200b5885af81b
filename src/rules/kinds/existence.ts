/** `existence`: a phrase that must not occur (placeholders, outdated names, markup), optionally
 * only near another phrase ("Ratapihantie 9" next to the Ombudsman's name). A rule may also
 * list `templates`: the fingerprints a widely copied template leaves when it is not filled in,
 * reported with the template's name when the rule has a `messages.template`. */
import { lineIndexAt } from '../../util/position.js';
import { once } from '../../util/lazy-deps.js';
import { compileRulePatterns, matchesIn, patternSource } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { NoticeView } from '../view.js';
import type { ExistenceDef } from '../schema/existence.js';

interface Entry {
  pattern: string;
  suggestion?: string;
  swap?: Record<string, string>;
  when?: { after: string; suggestion: string }[];
  safe?: boolean;
  template?: string;
}

/**
 * The suggestion for one match: by what precedes it (`when`), by the form of the word
 * (`swap`, keeping its case ending), else the entry's own.
 */
function suggestionFor(entry: Entry, text: string, start: number, match: string): string | null {
  for (const w of entry.when ?? []) {
    const re = new RegExp(`(?:${patternBody(w.after)})$`, 'iu');
    if (re.test(text.slice(Math.max(0, start - 80), start))) return w.suggestion;
  }
  if (entry.swap) {
    const lower = match.toLowerCase();
    const exact = entry.swap[lower];
    if (exact !== undefined) return exact;
    let best: [string, string] | null = null;
    for (const [k, v] of Object.entries(entry.swap)) {
      if (!k.endsWith('*') || !lower.startsWith(k.slice(0, -1))) continue;
      if (!best || k.length > best[0].length) best = [k, v];
    }
    if (best) return best[1].replace(/\*$/, '') + match.slice(best[0].length - 1);
  }
  return entry.suggestion ?? null;
}

/** A `/regex/` or a plain phrase as the body of a regular expression. */
function patternBody(p: string): string {
  const m = /^\/(.*)\/$/s.exec(p);
  return m ? m[1] : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const existence: KindModule<ExistenceDef> = {
  kind: 'existence',
  compile(def, env) {
    const asEntry = (p: string | Omit<Entry, 'template'>, template?: string): Entry =>
      typeof p === 'string' ? { pattern: p, template } : { ...p, template };
    const entries: Entry[] = [
      ...[...def.patterns, ...env.extraPhrases].map((p) => asEntry(p)),
      ...(def.templates ?? []).flatMap((t) => t.patterns.map((p) => asEntry(p, t.name))),
    ];
    // One pass over the text with one expression; which pattern matched is asked only on a hit.
    // Made on first use: a scoped rule on a notice without its section never compiles it.
    const re = once(() => compileRulePatterns(entries.map((e) => e.pattern)));
    const needWhich = entries.some((e) => e.suggestion || e.swap || e.when || e.template);
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
    const near = def.near ? once(() => compileRulePatterns(def.near!.patterns)) : null;
    const templateMessage = Boolean(def.messages?.template);
    return (view, report) => {
      const seenLines = new Set<number>();
      for (const [from, to] of view.scopeRanges(def.scope)) {
        for (const [start, end, text] of matchesIn(re(), view.text, from, to)) {
          if (near && !isNear(view, near(), start, end, def.near!.within)) continue;
          const line = lineIndexAt(view.notice.lineStarts, start);
          if (def.once === 'line' && seenLines.has(line)) continue;
          seenLines.add(line);
          const entry = needWhich ? which(view.text, start, end) : undefined;
          const template = entry?.template;
          const suggestion = entry ? suggestionFor(entry, view.text, start, text) : null;
          report([start, end], {
            suggestion,
            ...(suggestion && entry?.safe ? { safe: true } : {}),
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
