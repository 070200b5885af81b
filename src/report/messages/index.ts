/**
 * The UI strings of lint's reports, `explain` and `fix`: one module per language, the
 * same keys in each (counts agree in number: "1 virhe", "2 virhettä", "1 error", "2 errors").
 */
import type { Lang } from '../../model/errors.js';
import type { Severity, SeverityLevel } from '../../model/finding.js';
import { en } from './en.js';
import { fi } from './fi.js';

type Count = (n: number) => string;

export interface Messages {
  severity: Record<Severity, string>;
  severityLevel: Record<SeverityLevel, string>;
  findings: Count;
  errors: Count;
  warnings: Count;
  infos: Count;
  files: Count;
  summary: (total: number, errors: number, warnings: number, infos: number) => string;
  none: string;
  baselined: Count;
  place: {
    page: (page: number, line: number) => string;
    paragraph: (p: number) => string;
    line: (line: number, column: number) => string;
    whole: string;
    /** an unreadable file */
    file: string;
    preamble: string;
    under: string;
  };
  suggestion: string;
  fix: string;
  seeExplain: (id: string) => string;
  html: {
    title: string;
    summary: string;
    file: string;
    format: string;
    errors: string;
    warnings: string;
    infos: string;
    total: string;
    general: string;
    generalNote: string;
    none: string;
    rules: string;
    fix: string;
    suggestion: string;
    section: string;
    preamble: string;
    unreadable: string;
    text: string;
    findings: string;
    allFindings: string;
    warningsNote: string;
    page: (p: number) => string;
    positions: string;
    toText: string;
  };
  explain: {
    severity: string;
    gdpr: string;
    article: (a: string) => string;
    kind: string;
    why: string;
    fix: string;
    message: string;
    none: string;
    kinds: Record<string, string>;
    placeholders: Record<string, string>;
    unknown: (id: string, closest: string | null) => string;
  };
  fixCmd: {
    changed: (line: number, from: string, to: string) => string;
    skipped: (line: number, from: string) => string;
    count: (n: number, out: string) => string;
    format: (format: string) => string;
    needOutput: string;
  };
  /** what the command line and the library say about their inputs and outputs */
  io: {
    emptyPath: (what: string) => string;
    writeReasons: Record<string, string>;
    writeFailed: (detail: string) => string;
    cannotWrite: (path: string, why: string) => string;
    outputIsInput: (path: string, same: string) => string;
    stdinAlone: string;
    stdinFilenameNeedsDash: string;
    badDelimiter: string;
    xlsxNeedsOutput: string;
    unmatched: string;
    baselineNotFound: string;
    baselineNotAFile: string;
    baselineReason: (reason: string) => string;
    configNotFound: string;
    tooLargeForConfig: (mb: number) => string;
    internalRead: (message: string) => string;
    internalCheck: (message: string) => string;
  };
}

export const MESSAGES: Record<Lang, Messages> = { fi, en };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** One message in both languages, for errors that carry both (CliError, ConfigError, UnreadableInputError). */
export function inBoth(pick: (m: Messages) => string): Record<Lang, string> {
  return { fi: pick(fi), en: pick(en) };
}
