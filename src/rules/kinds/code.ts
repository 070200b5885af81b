/**
 * `code`: the few checks that need computation rather than phrases (a checksum, a
 * date). They are registered by name and configured from the pack like any rule.
 */
import { businessId } from '../checks/business-id.js';
import { email } from '../checks/email.js';
import { noticeDate } from '../checks/notice-date.js';
import { spelling } from '../checks/spelling.js';
import { ConfigError } from '../../model/errors.js';
import type { CompileEnv, KindModule, RuleCheck } from '../types.js';
import type { CodeDef } from '../schema/code.js';

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

export const code: KindModule<CodeDef> = {
  kind: 'code',
  compile(def, env) {
    const check = CHECKS[def.check];
    if (!check) throw new ConfigError(`${(def as { file?: string }).file ?? def.id}: check: expected one of ${Object.keys(CHECKS).join(', ')}, got "${def.check}"`);
    return check({ ...def.options, ...env.options }, env);
  },
};
