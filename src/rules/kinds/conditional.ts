/**
 * `conditional`: if the notice (or a section) says A, then a section must, or
 * must not, say B. "No transfers outside the EU/EEA" + "Google Analytics" is a
 * contradiction; "profiling in the purposes" needs a profiling section that does
 * not say "not used".
 */
import { once } from '../../util/lazy-deps.js';
import { AnyOf, compileRulePatterns, matchesIn } from '../patterns.js';
import type { KindModule } from '../types.js';
import { isBlank, type NoticeView } from '../view.js';
import type { ConditionalDef } from '../schema/conditional.js';

/** A pattern list and where it is looked for; its expression is made on first use (most notices never ask). */
type Compiled = { scope?: string[]; re: () => RegExp };

function firstMatch(view: NoticeView, c: Compiled): [number, number, string] | null {
  for (const [a, b] of view.scopeRanges(c.scope)) {
    const hit = matchesIn(c.re(), view.text, a, b).next();
    if (!hit.done) return hit.value;
  }
  return null;
}

/** Whether any of the patterns matches in the scope (no position needed: each pattern on its own, in turn). */
const anyMatch = (view: NoticeView, c: { scope?: string[]; any: AnyOf }) => c.any.matchesAny(view.text, view.scopeRanges(c.scope));

export const conditional: KindModule<ConditionalDef> = {
  kind: 'conditional',
  compile(def, env) {
    const cond: Compiled = { scope: def.if.scope, re: once(() => compileRulePatterns(def.if.patterns)) };
    const unless = def.unless ? { scope: def.unless.scope, any: new AnyOf(def.unless.patterns) } : null;
    const must = def.then.mustMatch ? { scope: def.then.scope, any: new AnyOf(def.then.mustMatch) } : null;
    const mustNot: Compiled | null = def.then.mustNotMatch
      ? { scope: def.then.scope, re: once(() => compileRulePatterns([...def.then.mustNotMatch!, ...env.extraPhrases])) }
      : null;
    return (view, report) => {
      if (def.if.scope && view.sections(def.if.scope).length === 0) return;
      const trigger = firstMatch(view, cond);
      if (!trigger || (unless && anyMatch(view, unless))) return;
      const vars = { condition: trigger[2] };
      const thenSections = def.then.scope ? view.sections(def.then.scope) : null;
      if (thenSections && thenSections.length === 0) {
        if (def.then.exists) report([trigger[0], trigger[1]], { messageKey: 'missing', vars });
        return;
      }
      if (def.then.skipEmpty && thenSections && thenSections.every((s) => isBlank(view.contentText(s)))) return;
      if (mustNot) {
        const bad = firstMatch(view, mustNot);
        if (bad) report([bad[0], bad[1]], { vars: { ...vars, match: bad[2] } });
      }
      if (must && !anyMatch(view, must)) report([trigger[0], trigger[1]], { vars });
    };
  },
};
