/**
 * The one result type. Every rule produces Findings; every formatter, the
 * baseline and the exit code consume them. Field names are the JSON contract
 * (SPEC §6); `range` is internal (0-based offsets into Notice.text).
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeverityLevel = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  section: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  page: number | null;
  excerpt: string;
  suggestion: string | null;
  gdpr: string | null;
  /**
   * Where a person finds it (not in the SPEC §6 core, added after it): the heading as the
   * notice writes it, or the canonical section name where the notice has no heading for it
   * (a missing section); null before the first heading.
   */
  heading?: string | null;
  /** About the notice as a whole (a missing section or right, no date): no excerpt, no spot in the text. */
  whole?: boolean;
  /** PDF: the line on `page` (1-based, lines of the normalised text on that page); else null. */
  pageLine?: number | null;
  /** DOCX and HTML: the paragraph under `heading` (1-based, blocks between blank lines); else null. */
  paragraph?: number | null;
  /** The suggestion replaces exactly `range` and may be applied without review (`seloste fix`). */
  safe?: boolean;
  /** [start, end) offsets in the normalised text; not part of the JSON contract */
  range: [number, number];
}

export interface FileResult {
  file: string;
  format: string | null;
  findings: Finding[];
}
