/** The fields of a `code` rule, validated when a pack is loaded (the engine never imports zod). */
import type { z as Z } from 'zod';
import { once, zod } from '../../util/lazy-deps.js';
import { ruleBase } from './base.js';

export const codeSchema = once(() => {
  const z = zod();
  return ruleBase().extend({
    kind: z.literal('code'),
    /** the name of a check registered in src/rules/kinds/code.ts */
    check: z.string().min(1),
    options: z.record(z.string(), z.unknown()).default({}),
    /** rules whose finding on the same range makes this one redundant */
    supersededBy: z.array(z.string()).default([]),
  }).strict();
});

export type CodeDef = Z.infer<ReturnType<typeof codeSchema>>;
