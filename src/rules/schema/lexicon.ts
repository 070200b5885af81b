/** The fields of a `lexicon` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase } from './base.js';

export const lexiconSchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('lexicon'),
    /** correct domain stems: a word may begin with any of them */
    stems: z.array(z.string().min(4)).min(1),
    /** further correct beginnings that merely look like a stem (rekisteröi- next to rekisteri-) */
    known: z.array(z.string().min(2)).default([]),
    /** only stems at least this long are compared (short stems have too many neighbours) */
    minStemLength: z.number().int().min(4).default(8),
    minWordLength: z.number().int().min(4).default(8),
    /**
     * Letter pairs ("t:d") by which a word's beginning as long as a stem may differ from it in
     * one letter and still be the stem's word in another form (consonant gradation, vowel
     * harmony): never reported as a typo.
     */
    gradation: z.array(z.string().regex(/^.:.$/u, 'a pair of letters written "a:b"')).default([]),
    /**
     * The notice as its own dictionary: a word written once, at least minLength letters,
     * one stray, missing or swapped letter away from a word the notice writes at least
     * minCount times. Letters in inflectionLetters (plural i/j, genitive n) and the last
     * endingLength letters are inflection, not typos.
     */
    neighbours: z
      .object({
        minLength: z.number().int().min(6).default(10),
        minCount: z.number().int().min(2).default(3),
        inflectionLetters: z.string().default('ijn'),
        endingLength: z.number().int().min(0).default(2),
        /**
         * What may follow the beginning a word shares with its frequent neighbour as inflection
         * (then it is another form of that word, not a typo): [beforeCase] case, or
         * [plural.before] plural.marker plural.after; then [possessive] [clitic]. An openCase goes
         * on with any letters. Without it, no difference is taken for inflection.
         */
        endings: z
          .object({
            beforeCase: z.array(z.string().min(1)).default([]),
            cases: z.array(z.string()).min(1),
            openCases: z.array(z.string().min(1)).default([]),
            plural: z
              .object({
                before: z.array(z.string().min(1)).default([]),
                marker: z.string().min(1),
                after: z.array(z.string().min(1)).min(1),
              })
              .strict()
              .optional(),
            possessives: z.array(z.string().min(1)).default([]),
            clitics: z.array(z.string().min(1)).default([]),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** rules whose finding on the same word makes this one redundant */
    supersededBy: z.array(z.string()).default([]),
  }).strict();
});

export type LexiconDef = Z.infer<ReturnType<typeof lexiconSchema>>;
