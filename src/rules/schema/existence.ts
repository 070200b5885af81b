/** The fields of an `existence` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase, scope } from './base.js';

export const existenceSchema = once(() => {
  const z = zod();
  const Pattern = z.union([
    z.string().min(1),
    z
      .object({
        pattern: z.string().min(1),
        suggestion: z.string().optional(),
        /**
         * The replacement by the form of the matched word, keeping its case ending
         * ("Väestörekisterikeskuksen" → "Digi- ja väestötietoviraston"): keys are word
         * forms (lower case), a trailing `*` on both sides keeps the rest of the word;
         * an exact form wins over a stem, a longer stem over a shorter one.
         */
        swap: z.record(z.string().regex(/^[^\s]+$/, 'one word, optionally ending in *'), z.string().min(1)).optional(),
        /**
         * Other suggestions by what precedes the match: the first entry whose `after`
         * (a regular expression) matches the text just before the match gives the suggestion
         * ("PL 800, " before an old postcode: the postal address, not the visiting one).
         */
        when: z.array(z.object({ after: z.string().min(1), suggestion: z.string().min(1) }).strict()).optional(),
        /** the suggestion replaces exactly the match and may be applied without review (`seloste fix`) */
        safe: z.boolean().optional(),
      })
      .strict(),
  ]);

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
