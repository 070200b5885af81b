/**
 * `code`: the few checks that need computation rather than phrases (a checksum, a
 * date). They are registered by name and configured from the pack like any rule.
 */
import type { z } from 'zod';
import { businessId } from '../checks/business-id.js';
import { email } from '../checks/email.js';
import { noticeDate, noticeDateOptions } from '../checks/notice-date.js';
import { spelling, spellingOptions } from '../checks/spelling.js';
import { ConfigError } from '../../model/errors.js';
import type { CompileEnv, KindModule, RuleCheck } from '../types.js';
import type { CodeDef } from '../schema/code.js';

export type CodeCheck = (options: Record<string, unknown>, env: CompileEnv) => RuleCheck;

/**
 * A check and the schema of its options (ESLint's meta.schema), built on first use so that a
 * lint with a cached pack never loads zod. A check without a schema takes no options.
 */
interface CheckEntry {
  run: CodeCheck;
  options: (() => z.ZodType) | null;
}

const CHECKS: Record<string, CheckEntry> = {
  'business-id': { run: businessId, options: null },
  email: { run: email, options: null },
  'notice-date': { run: noticeDate, options: noticeDateOptions },
  spelling: { run: spelling, options: spellingOptions },
  // input/unreadable is reported by the reader, before any notice exists; the rule
  // is in the pack so that it is documented and configurable like the others.
  unreadable: { run: () => () => {}, options: null },
};

/** The checks by name with their options schemas: what the pack loader validates `check` and `options` against. */
export const CHECK_OPTIONS: ReadonlyMap<string, (() => z.ZodType) | null> = new Map(Object.entries(CHECKS).map(([name, c]) => [name, c.options]));

export const code: KindModule<CodeDef> = {
  kind: 'code',
  compile(def, env) {
    const check = CHECKS[def.check];
    if (!check) throw new ConfigError(`${(def as { file?: string }).file ?? def.id}: check: expected one of ${Object.keys(CHECKS).join(', ')}, got "${def.check}"`);
    const options = { ...def.options, ...env.options };
    // The pack's own options were validated when it was loaded; options from a config are checked here.
    if (Object.keys(env.options).length) {
      const schema = check.options?.();
      const keys = Object.keys(env.options);
      if (!schema) throw new ConfigError(`rules.${def.id}.options.${keys[0]}: unknown key (the check ${def.check} takes no options)`);
      const parsed = schema.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = [...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]] : [])].join('.');
        const given = issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message.replace(/^Invalid (?:input|option): /, '').replace(/, received \w+$/, '');
        throw new ConfigError(`rules.${def.id}.options.${key}: ${given}${key in options ? `, got ${JSON.stringify(options[key])}` : ''}`);
      }
      return check.run(parsed.data as Record<string, unknown>, env);
    }
    return check.run(options, env);
  },
};
