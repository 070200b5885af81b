import { github, githubChunks } from './github.js';
import { html, htmlChunks } from './html.js';
import { json, jsonChunks } from './json.js';
import { junit, junitChunks } from './junit.js';
import { sarif, sarifChunks } from './sarif.js';
import { stylish, stylishChunks } from './stylish.js';
import type { ReportFormat } from './formats.js';
import type { ChunkFormatter, Formatter } from './types.js';

export type {
  ChunkFormatter,
  FormatOptions,
  LintReport,
  Formatter,
  ReportFile,
  ReportSegment,
  RuleMeta,
  SectionMeta,
} from './types.js';
export { summarise } from './summary.js';
export { findingKey, normaliseExcerpt } from './meta.js';

export { REPORT_FORMATS, loadChunkFormatter, loadFormatter, type ReportFormat } from './formats.js';

export const FORMATTERS: Record<ReportFormat, Formatter> = { stylish, json, sarif, junit, github, html };

/** Each format as chunks (what the CLI writes as they come); joined, the same text as FORMATTERS. */
export const CHUNK_FORMATTERS: Record<ReportFormat, ChunkFormatter> = {
  stylish: stylishChunks,
  json: jsonChunks,
  sarif: sarifChunks,
  junit: junitChunks,
  github: githubChunks,
  html: htmlChunks,
};
