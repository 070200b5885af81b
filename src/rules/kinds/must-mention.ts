/**
 * `must-mention`: a section (or the whole notice) must state something: a concrete
 * retention period, each data subject right. Each item is satisfied by a heading
 * of its own or by one of its phrases in the scope.
 */
import { compilePatterns, matchesIn } from '../patterns.js';
import type { Coverage, KindModule, RuleCheck } from '../types.js';
import type { NoticeView } from '../view.js';
import type { MustMentionDef } from '../schema/must-mention.js';

export const mustMention: KindModule<MustMentionDef> = {
  kind: 'must-mention',
  compile(def, env) {
    const items = def.items.map((it) => ({ ...it, re: compilePatterns([...it.patterns, ...env.extraPhrases]) }));
    const pointAt = def.pointAt.length ? compilePatterns(def.pointAt) : null;
    const itemCoverage = (view: NoticeView, ranges: [number, number][], item: (typeof items)[number]): Coverage => {
      if (item.sections.some((id) => view.has(id))) return 'heading';
      if (ranges.some(([a, b]) => !matchesIn(item.re, view.text, a, b).next().done)) return 'text';
      return 'missing';
    };
    const check: RuleCheck = (view, report) => {
      const scoped = def.scope ? view.sections(def.scope) : null;
      if (scoped && scoped.length === 0) return; // no such section: section/required speaks of that
      const ranges = view.scopeRanges(def.scope);
      for (const item of items) {
        if (itemCoverage(view, ranges, item) !== 'missing') continue;
        let at: [number, number] | null = null;
        if (pointAt) {
          for (const [a, b] of ranges) {
            const hit = matchesIn(pointAt, view.text, a, b).next();
            if (!hit.done) {
              at = [hit.value[0], hit.value[1]];
              break;
            }
          }
        }
        if (!at && scoped) at = scoped[0].heading;
        if (!at) at = view.sections(def.anchor)[0]?.heading ?? null;
        if (!at) {
          const eol = view.text.indexOf('\n');
          at = [0, eol === -1 ? view.text.length : eol];
        }
        const section = item.section ?? scoped?.[0].id ?? null;
        report(at, { section, vars: { section: section ? env.sectionLabel(section, env.lang) : '' } });
      }
    };
    // Items that name a section of their own (the rights) tell compare how each is covered.
    if (!def.scope) {
      check.coverage = (view) => {
        const ranges = view.scopeRanges(undefined);
        const out = new Map<string, Coverage>();
        for (const item of items) if (item.section) out.set(item.section, itemCoverage(view, ranges, item));
        return out;
      };
    }
    return check;
  },
};
