/** The fields of a `must-mention` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const mustMentionSchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('must-mention'),
    scope: scope(),
    items: z
      .array(
        z.object({
          /** the section a finding names (rights/missing: right_erasure …) */
          section: z.string().optional(),
          /** a heading of one of these sections satisfies the item */
          sections: z.array(z.string()).default([]),
          patterns: z.array(z.string().min(1)).min(1),
        }).strict(),
      )
      .min(1),
    /** where in the scope to point when the statement is missing (the vague wording) */
    pointAt: z.array(z.string().min(1)).default([]),
    /** otherwise point at the heading of the first of these sections that exists */
    anchor: z.array(z.string().min(1)).default([]),
  }).strict();
});

export type MustMentionDef = Z.infer<ReturnType<typeof mustMentionSchema>>;
