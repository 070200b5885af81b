/** `non-empty`: a heading that is present must have content under it. */
import { isBlank } from '../view.js';
import type { KindModule } from '../types.js';
import type { NonEmptyDef } from '../schema/non-empty.js';

export const nonEmpty: KindModule<NonEmptyDef> = {
  kind: 'non-empty',
  compile(def, env) {
    const umbrellas = new Map(def.umbrellas.map((u) => [u.section, new Set(u.children)]));
    return (view, report) => {
      const segments = view.notice.segments;
      segments.forEach((seg, k) => {
        // `other` is a heading no section id fits: nothing is required of it, nor under it.
        if (seg.ids[0] === 'preamble' || seg.ids[0] === 'other' || (def.scope && !seg.ids.some((id) => def.scope!.includes(id)))) return;
        if (!isBlank(view.text.slice(seg.contentStart, seg.end))) return;
        const next = segments[k + 1];
        // A heading whose text comes under its sub-headings ("4. Käsittelyn tarkoitus ja
        // oikeusperuste" above "Käsittelyn tarkoitus") is not empty.
        if (next && next.ids.every((id) => seg.ids.includes(id))) return;
        const children = umbrellas.get(seg.ids[seg.ids.length - 1]);
        if (children && next && next.ids.some((id) => children.has(id))) return;
        const [start, end] = view.sections([seg.ids[0]]).find((s) => s.segment === seg)!.heading;
        report([start, end], {
          section: seg.ids[0],
          vars: { heading: seg.heading ?? '', section: env.sectionLabel(seg.ids[0], env.lang) },
        });
      });
    };
  },
};
