/** `required-section`: each group names sections of which at least one must be present
 * (or, where a group allows it, stated in the text without a heading of its own). */
import { AnyOf } from '../patterns.js';
import type { Coverage, KindModule, RuleCheck } from '../types.js';
import type { NoticeView } from '../view.js';
import type { RequiredSectionDef } from '../schema/required-section.js';

export const requiredSection: KindModule<RequiredSectionDef> = {
  kind: 'required-section',
  compile(def, env) {
    const groups = def.groups.map((g) => ({
      sections: g.sections,
      mentions: g.mentions.length ? new AnyOf(g.mentions) : null,
    }));
    const groupCoverage = (view: NoticeView, present: Set<string>, g: (typeof groups)[number]): Coverage => {
      if (g.sections.some((id) => (id.endsWith('*') ? [...present].some((p) => p.startsWith(id.slice(0, -1))) : present.has(id)))) return 'heading';
      if (g.mentions?.matchesAny(view.text, [[0, view.text.length]])) return 'text';
      return 'missing';
    };
    // Lint and then compare/diff ask the same notice: each group is judged once per notice.
    const judged = new WeakMap<NoticeView['notice'], Coverage[]>();
    const coverages = (view: NoticeView): Coverage[] => {
      let out = judged.get(view.notice);
      if (!out) {
        const present = new Set(view.sections().map((s) => s.id));
        out = groups.map((g) => groupCoverage(view, present, g));
        judged.set(view.notice, out);
      }
      return out;
    };
    const coverage = (view: NoticeView): Map<string, Coverage> => {
      const present = new Set(view.sections().map((s) => s.id));
      const out = new Map<string, Coverage>();
      const judgedGroups = coverages(view);
      for (const [k, g] of groups.entries()) {
        const c = judgedGroups[k];
        for (const id of g.sections) if (!id.endsWith('*')) out.set(id, present.has(id) ? 'heading' : c === 'heading' ? 'missing' : c);
        out.set(`group:${g.sections[0]}`, c);
      }
      return out;
    };
    const check: RuleCheck = (view, report) => {
      const judgedGroups = coverages(view);
      for (const [k, g] of groups.entries()) {
        if (judgedGroups[k] !== 'missing') continue;
        const firstLineEnd = view.text.indexOf('\n');
        report([0, firstLineEnd === -1 ? view.text.length : firstLineEnd], {
          section: g.sections[0].replace(/\*$/, ''),
          vars: { section: env.sectionLabel(g.sections[0].replace(/_?\*$/, ''), env.lang) },
        });
      }
    };
    check.coverage = coverage;
    return check;
  },
};
