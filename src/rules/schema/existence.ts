/** The fields of an `existence` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../model/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const existenceSchema = once(() => {
  const z = zod();
  const Pattern = z.union([z.string().min(1), z.object({ pattern: z.string().min(1), suggestion: z.string().optional() }).strict()]);

  return ruleBase().extend({
    kind: z.literal('existence'),
    scope: scope(),
    patterns: z.array(Pattern).min(1),
    /**
     * Fingerprints of a widely copied template: the phrases it leaves behind when it is not
     * filled in. A match is reported like any pattern; the message `messages.template`, when
     * the rule has one, names the template ({template}).
     */
    templates: z
      .array(z.object({ name: z.string().min(1), patterns: z.array(Pattern).min(1) }).strict())
      .default([]),
    /** report a match only when one of these patterns occurs within `within` characters of it */
    near: z.object({ patterns: z.array(z.string().min(1)).min(1), within: z.number().int().positive() }).strict().optional(),
    /** report every match, the first on each line, or the first in the notice */
    once: z.enum(['match', 'line', 'notice']).default('match'),
  }).strict();
});

export type ExistenceDef = Z.infer<ReturnType<typeof existenceSchema>>;
