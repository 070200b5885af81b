/** The fields of a `substitution` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const substitutionSchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('substitution'),
    scope: scope(),
    swap: z.record(z.string().regex(/^[^\s]+$/, 'one word, optionally ending in *'), z.string().min(1)),
    /** every correction replaces exactly the misspelt word and may be applied without review (`seloste fix`) */
    safe: z.boolean().default(false),
  }).strict();
});

export type SubstitutionDef = Z.infer<ReturnType<typeof substitutionSchema>>;
