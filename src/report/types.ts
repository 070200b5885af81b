import type { Lang } from '../model/errors.js';
import type { FileResult } from '../model/finding.js';

export interface LintReport {
  files: FileResult[];
  /** findings left out because the baseline already had them */
  baselined?: number;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  toolVersion: string;
}

/** A formatter is a pure function from results to text (ESLint's formatters). */
export type Formatter = (report: LintReport, options: FormatOptions) => string;
