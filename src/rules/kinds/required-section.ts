/** `required-section`: each group names sections of which at least one must be present
 * (or, where a group allows it, stated in the text without a heading of its own). */
import { compilePatterns } from '../patterns.js';
import type { KindModule } from '../types.js';
import type { RequiredSectionDef } from '../schema/required-section.js';

export const requiredSection: KindModule<RequiredSectionDef> = {
  kind: 'required-section',
  compile(def, env) {
    const groups = def.groups.map((g) => ({
      sections: g.sections,
      mentions: g.mentions.length ? compilePatterns(g.mentions) : null,
    }));
    return (view, report) => {
      const present = new Set(view.sections().map((s) => s.id));
      for (const g of groups) {
        if (g.sections.some((id) => (id.endsWith('*') ? [...present].some((p) => p.startsWith(id.slice(0, -1))) : present.has(id)))) continue;
        if (g.mentions) {
          g.mentions.lastIndex = 0;
          if (g.mentions.test(view.text)) continue;
        }
        const firstLineEnd = view.text.indexOf('\n');
        report([0, firstLineEnd === -1 ? view.text.length : firstLineEnd], {
          section: g.sections[0].replace(/\*$/, ''),
          vars: { section: env.sectionLabel(g.sections[0].replace(/_?\*$/, ''), env.lang) },
        });
      }
    };
  },
};
