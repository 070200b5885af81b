/** `required-section`: each group names sections of which at least one must be present
 * (or, where a group allows it, stated in the text without a heading of its own). */
import { compilePatterns } from '../patterns.js';
import type { Coverage, KindModule, RuleCheck } from '../types.js';
import type { NoticeView } from '../view.js';
import type { RequiredSectionDef } from '../schema/required-section.js';

export const requiredSection: KindModule<RequiredSectionDef> = {
  kind: 'required-section',
  compile(def, env) {
    const groups = def.groups.map((g) => ({
      sections: g.sections,
      mentions: g.mentions.length ? compilePatterns(g.mentions) : null,
    }));
    const groupCoverage = (view: NoticeView, present: Set<string>, g: (typeof groups)[number]): Coverage => {
      if (g.sections.some((id) => (id.endsWith('*') ? [...present].some((p) => p.startsWith(id.slice(0, -1))) : present.has(id)))) return 'heading';
      if (g.mentions) {
        g.mentions.lastIndex = 0;
        if (g.mentions.test(view.text)) return 'text';
      }
      return 'missing';
    };
    const coverage = (view: NoticeView): Map<string, Coverage> => {
      const present = new Set(view.sections().map((s) => s.id));
      const out = new Map<string, Coverage>();
      for (const g of groups) {
        const c = groupCoverage(view, present, g);
        for (const id of g.sections) if (!id.endsWith('*')) out.set(id, present.has(id) ? 'heading' : c === 'heading' ? 'missing' : c);
        out.set(`group:${g.sections[0]}`, c);
      }
      return out;
    };
    const check: RuleCheck = (view, report) => {
      const present = new Set(view.sections().map((s) => s.id));
      for (const g of groups) {
        if (groupCoverage(view, present, g) !== 'missing') continue;
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
