/** The fields of a `conditional` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const conditionalSchema = once(() => {
  const z = zod();
  const Clause = z.object({ scope: scope(), patterns: z.array(z.string().min(1)).min(1) }).strict();

  return ruleBase().extend({
    kind: z.literal('conditional'),
    if: Clause,
    unless: Clause.optional(),
    then: z
      .object({
        scope: scope(),
        /** the `then` sections must exist (message key `missing`) */
        exists: z.boolean().default(false),
        mustMatch: z.array(z.string().min(1)).optional(),
        mustNotMatch: z.array(z.string().min(1)).optional(),
        /** an empty `then` section is another rule's business (section/empty) */
        skipEmpty: z.boolean().default(false),
      })
      .strict()
      .refine((t) => t.exists || t.mustMatch || t.mustNotMatch, 'then needs exists, mustMatch or mustNotMatch'),
  }).strict();
});

export type ConditionalDef = Z.infer<ReturnType<typeof conditionalSchema>>;
