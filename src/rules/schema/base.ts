/** Fields every rule has, whatever its kind; the kinds' schemas extend these. */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';

export const localised = once(() => {
  const z = zod();
  return z.object({ fi: z.string().min(1), en: z.string().min(1) }).strict();
});

/**
 * `examples: { valid: [...], invalid: [...] }`, as ESLint's RuleTester: a valid text gets no
 * finding of the rule; an invalid one at least one, or exactly `count`, and with `match` the
 * text each finding points at (in order).
 */
export const examples = once(() => {
  const z = zod();
  const text = z.string();
  return z
    .object({
      valid: z.array(z.union([text, z.object({ text, note: z.string().optional() }).strict()])).min(1),
      invalid: z
        .array(
          z.union([
            text,
            z
              .object({
                text,
                count: z.number().int().min(1).optional(),
                match: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
                note: z.string().optional(),
              })
              .strict(),
          ]),
        )
        .min(1),
    })
    .strict();
});
export type Examples = Z.infer<ReturnType<typeof examples>>;
export type Localised = Z.infer<ReturnType<typeof localised>>;

export const ruleBase = once(() => {
  const z = zod();
  return z.object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/, 'rule ids look like "family/name"'),
    severity: z.enum(['error', 'warning', 'info', 'off']),
    gdpr: z.string().nullable().default(null),
    message: localised(),
    /** extra messages a rule may pick by key (e.g. notice/date: missing vs old) */
    messages: z.record(z.string(), localised()).optional(),
    description: localised(),
    fix: localised().optional(),
    /** short texts the rule must pass and fail (test/rules/examples.test.ts runs them all) */
    examples: examples().optional(),
  });
});
export type RuleBase = Z.infer<ReturnType<typeof ruleBase>>;

/** Section scope: canonical ids, or omitted for the whole notice. */
export const scope = () => zod().array(zod().string().min(1)).min(1).optional();
