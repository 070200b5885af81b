/**
 * The contract between the engine and a rule kind (the pattern of Vale's
 * `extends`): a kind brings a `compile` that does the expensive work once
 * (regexes, word maps) and returns a pure check; the zod schema of its fields is
 * in src/rules/schema/<kind>.ts, so that linting with a cached pack never loads zod.
 */
import type { Lang } from '../model/errors.js';
import type { NoticeView } from './view.js';
import type { Localised, RuleBase } from './schema/base.js';

export type { Localised, RuleBase };

export interface Report {
  /** section id to report; default: the section the range falls in */
  section?: string | null;
  suggestion?: string | null;
  /** the suggestion replaces exactly the reported range and may be applied without review (`seloste fix`) */
  safe?: boolean;
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

/**
 * How a notice covers a section a rule requires: under a heading of its own, stated in
 * the text without one, or not at all. Lint reports `missing`; compare shows all three,
 * from the same function, so the two never disagree.
 */
export type Coverage = 'heading' | 'text' | 'missing';

export type RuleCheck = ((view: NoticeView, report: Reporter) => void) & {
  /** for kinds that require content: what each required section id's coverage is */
  coverage?: (view: NoticeView) => Map<string, Coverage>;
};

/**
 * A kind at run time: only `compile`. Its zod schema lives in src/rules/schema/, loaded only to validate a pack.
 * The registry holds every kind as KindModule<RuleBase>: `compile` is a method, so a kind of a narrower def fits.
 */
export interface KindModule<D extends RuleBase = RuleBase> {
  kind: string;
  compile(def: D, env: CompileEnv): RuleCheck;
}
