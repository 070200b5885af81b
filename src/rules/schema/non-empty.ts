/** The fields of a `non-empty` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const nonEmptySchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('non-empty'),
    scope: scope(),
    /** an umbrella heading ("Rekisteröidyn oikeudet") may stand empty right above its sub-headings */
    umbrellas: z.array(z.object({ section: z.string(), children: z.array(z.string()).min(1) }).strict()).default([]),
  }).strict();
});

export type NonEmptyDef = Z.infer<ReturnType<typeof nonEmptySchema>>;
