/**
 * `code`: the few checks that need computation rather than phrases (a checksum, a
 * date). They are registered by name and configured from the pack like any rule.
 */
import { z } from 'zod';
import { businessId } from '../checks/business-id.js';
import { email } from '../checks/email.js';
import { noticeDate } from '../checks/notice-date.js';
import { spelling } from '../checks/spelling.js';
import { RuleBase, type CompileEnv, type KindModule, type RuleCheck } from '../types.js';

export type CodeCheck = (options: Record<string, unknown>, env: CompileEnv) => RuleCheck;

const CHECKS: Record<string, CodeCheck> = {
  'business-id': businessId,
  email,
  'notice-date': noticeDate,
  spelling,
  // input/unreadable is reported by the reader, before any notice exists; the rule
  // is in the pack so that it is documented and configurable like the others.
  unreadable: () => () => {},
};

const schema = RuleBase.extend({
  kind: z.literal('code'),
  check: z.enum(Object.keys(CHECKS) as [string, ...string[]]),
  options: z.record(z.string(), z.unknown()).default({}),
  /** rules whose finding on the same range makes this one redundant */
  supersededBy: z.array(z.string()).default([]),
});

export const code: KindModule<z.infer<typeof schema>> = {
  kind: 'code',
  schema,
  compile(def, env) {
    return CHECKS[def.check]({ ...def.options, ...env.options }, env);
  },
};
