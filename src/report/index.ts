import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ReportFormat } from './formats.js';
import type { Formatter } from './types.js';

export type { FormatOptions, LintReport, Formatter, ReportFile, ReportSegment, RuleMeta, SectionMeta } from './types.js';
export { summarise } from './summary.js';
export { findingKey, normaliseExcerpt } from './meta.js';

export { REPORT_FORMATS, loadFormatter, type ReportFormat } from './formats.js';

export const FORMATTERS: Record<ReportFormat, Formatter> = { stylish, json, sarif, junit, github, html };
