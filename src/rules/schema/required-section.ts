/** The fields of a `required-section` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase } from './base.js';

export const requiredSectionSchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('required-section'),
    groups: z
      .array(
        z.object({
          sections: z.array(z.string().min(1)).min(1),
          /** the text may state it without a heading ("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.") */
          mentions: z.array(z.string().min(1)).default([]),
        }).strict(),
      )
      .min(1),
  }).strict();
});

export type RequiredSectionDef = Z.infer<ReturnType<typeof requiredSectionSchema>>;
