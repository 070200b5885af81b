import type { Lang } from '../model/errors.js';
import type { FileResult, Severity, SeverityLevel } from '../model/finding.js';

/** A rule as the formatters describe it (SARIF rules, JUnit test cases, HTML help). */
export interface RuleMeta {
  id: string;
  /** the severity in force for this run (config and --rule applied); 'off' rules run no check */
  severity: SeverityLevel;
  gdpr: string | null;
  description: Record<Lang, string>;
  fix?: Record<Lang, string>;
}

/** A canonical section of rules/sections.yaml, for labels in reports. */
export interface SectionMeta {
  id: string;
  fi: string;
  en: string;
  gdpr: string | null;
}

/** One segment of the notice, as much as a report needs to show it. */
export interface ReportSegment {
  ids: string[];
  heading: string | null;
  /** 0-based offsets into `text`: [start, end) */
  start: number;
  end: number;
  startLine: number;
}

/** A linted file; `text` and `segments` are there when the file could be read (the HTML report shows them). */
export interface ReportFile extends FileResult {
  /**
   * What reading the file noticed without failing (invalid UTF-8 bytes replaced, NUL
   * bytes dropped, an extension that does not match the content), in the report's
   * language; absent when there is none.
   */
  warnings?: string[];
  text?: string;
  segments?: ReportSegment[];
  /** PDF: the 1-based page of each line of `text` (the HTML report marks where pages begin) */
  linePages?: number[] | null;
}

export interface LintReport {
  files: ReportFile[];
  /** findings left out because the baseline already had them */
  baselined?: number;
  /** the rules of the pack, in pack order */
  rules?: RuleMeta[];
  /** the section catalogue */
  sections?: SectionMeta[];
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  toolVersion: string;
  /** the lowest severity that fails the run (--fail-on); default 'error' */
  failOn?: Severity;
}

/** A formatter is a pure function from results to text (ESLint's formatters). */
export type Formatter = (report: LintReport, options: FormatOptions) => string;

/**
 * The same text as a sequence of chunks, made as they are written: a report of a big
 * notice never has to fit in one string or in memory at once. Still a pure function of
 * the results; joined, the chunks are exactly the Formatter's text.
 */
export type ChunkFormatter = (report: LintReport, options: FormatOptions) => Iterable<string>;
