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
  /** [start, end) offsets in the normalised text; not part of the JSON contract */
  range: [number, number];
}

export interface FileResult {
  file: string;
  format: string | null;
  findings: Finding[];
}
