/**
 * `must-mention`: a section (or the whole notice) must state something: a concrete
 * retention period, each data subject right. Each item is satisfied by a heading
 * of its own or by one of its phrases in the scope.
 */
import { once } from '../../util/lazy-deps.js';
import { AnyOf, compileRulePatterns, matchesIn } from '../patterns.js';
import type { Coverage, KindModule, RuleCheck } from '../types.js';
import type { NoticeView } from '../view.js';
import type { MustMentionDef } from '../schema/must-mention.js';

export const mustMention: KindModule<MustMentionDef> = {
  kind: 'must-mention',
  compile(def, env) {
    const items = def.items.map((it) => ({ ...it, any: new AnyOf([...it.patterns, ...env.extraPhrases]) }));
    // made on first use: it is asked only where an item is missing
    const pointAt = def.pointAt.length ? once(() => compileRulePatterns(def.pointAt)) : null;
    const itemCoverage = (view: NoticeView, ranges: [number, number][], item: (typeof items)[number]): Coverage => {
      if (item.sections.some((id) => view.has(id))) return 'heading';
      if (item.any.matchesAny(view.text, ranges)) return 'text';
      return 'missing';
    };
    // Lint and then compare/diff ask the same notice: each item is judged once per notice.
    const judged = new WeakMap<NoticeView['notice'], Coverage[]>();
    const coverages = (view: NoticeView, ranges: [number, number][]): Coverage[] => {
      let out = judged.get(view.notice);
      if (!out) judged.set(view.notice, (out = items.map((item) => itemCoverage(view, ranges, item))));
      return out;
    };
    const check: RuleCheck = (view, report) => {
      const scoped = def.scope ? view.sections(def.scope) : null;
      if (scoped && scoped.length === 0) return; // no such section: section/required speaks of that
      const ranges = view.scopeRanges(def.scope);
      const judgedItems = coverages(view, ranges);
      for (const [k, item] of items.entries()) {
        if (judgedItems[k] !== 'missing') continue;
        let at: [number, number] | null = null;
        if (pointAt) {
          for (const [a, b] of ranges) {
            const hit = matchesIn(pointAt(), view.text, a, b).next();
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
        const judgedItems = coverages(view, view.scopeRanges(undefined));
        const out = new Map<string, Coverage>();
        for (const [k, item] of items.entries()) if (item.section) out.set(item.section, judgedItems[k]);
        return out;
      };
    }
    return check;
  },
};
