/**
 * seloste as a library: `import { lintFiles, lintText, diffNotices, compareNotices, loadPack } from 'seloste'`.
 * The CLI (src/cli) is a thin layer over these.
 */
import { loadFormatter, type ReportFormat } from '../report/formats.js';
import type { FormatOptions, LintReport } from '../report/types.js';
import { VERSION } from './version.js';

export { lintFiles, lintText, type LintOptions, type LintResult, type LintEvent } from './lint.js';
export { diffNotices, compareNotices, type NoticeInput, type NoticeOptions, type DiffOptions } from './notices.js';
export { loadPack, type RuleDef } from '../rules/pack.js';
export { loadConfig, type Config, type ConfigInput } from './config.js';
export { makeBaseline, type BaselineFile } from './baseline.js';
export { ConfigError, UnreadableInputError, type Lang } from '../model/errors.js';
export type { Finding, FileResult, Severity, SeverityLevel } from '../model/finding.js';
export type { LintReport, ReportFile, RuleMeta } from '../report/types.js';
export type { DiffResult } from '../diff/index.js';
export type { Comparison } from '../compare/index.js';
export { VERSION };

/** A lint report as text in one of the CLI's formats (stylish, json, sarif, junit, github, html). */
export async function formatReport(
  report: LintReport,
  format: ReportFormat,
  options: Partial<FormatOptions> = {},
): Promise<string> {
  const formatter = await loadFormatter(format);
  return formatter(report, { lang: 'fi', color: false, toolVersion: VERSION, ...options });
}
