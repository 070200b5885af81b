/**
 * The contract between the engine and a rule kind (the pattern of Vale's
 * `extends`): a kind brings the zod schema of its own fields and a `compile`
 * that does the expensive work once (regexes, word maps) and returns a pure check.
 */
import { z } from 'zod';
import type { Lang } from '../model/errors.js';
import type { NoticeView } from './view.js';

export const Localised = z.object({ fi: z.string().min(1), en: z.string().min(1) });
export type Localised = z.infer<typeof Localised>;

/** Fields every rule has, whatever its kind. */
export const RuleBase = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/, 'rule ids look like "family/name"'),
  severity: z.enum(['error', 'warning', 'info', 'off']),
  gdpr: z.string().nullable().default(null),
  message: Localised,
  /** extra messages a rule may pick by key (e.g. notice/date: missing vs old) */
  messages: z.record(z.string(), Localised).optional(),
  description: Localised,
  fix: Localised.optional(),
});
export type RuleBase = z.infer<typeof RuleBase>;

/** Section scope: canonical ids, or omitted for the whole notice. */
export const Scope = z.array(z.string().min(1)).min(1).optional();

export interface Report {
  /** section id to report; default: the section the range falls in */
  section?: string | null;
  suggestion?: string | null;
  vars?: Record<string, string | number>;
  /** key into the rule's `messages` instead of `message` */
  messageKey?: string;
  severity?: 'error' | 'warning' | 'info';
}

export type Reporter = (range: [number, number], report?: Report) => void;

export interface CompileEnv {
  /** canonical section ids known to the catalogue, to validate scopes */
  sectionIds: ReadonlySet<string>;
  sectionLabel(id: string, lang: Lang): string;
  /** words the user's config accepts as correct (company names, approved terms) */
  acceptedWords: ReadonlySet<string>;
  /** phrases the config adds to this rule (own placeholders, outdated names …) */
  extraPhrases: readonly string[];
  options: Record<string, unknown>;
  lang: Lang;
  now: Date;
}

export type RuleCheck = (view: NoticeView, report: Reporter) => void;

export interface KindModule<D extends RuleBase = any> {
  kind: string;
  schema: z.ZodType<D>;
  compile(def: D, env: CompileEnv): RuleCheck;
}
