/** Compare renderers by --format name: pure functions of the Comparison. */
import type { Comparison } from '../index.js';
import type { CompareFormat } from './formats.js';
import { renderCsv, renderCsvChunks } from './csv.js';
import { renderHtml, renderHtmlChunks } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import type { CompareRenderOptions } from './labels.js';
import { renderTable, renderTableChunks } from './table.js';

export type { CompareRenderOptions } from './labels.js';

export const COMPARE_RENDERERS: Record<
  Exclude<CompareFormat, 'xlsx'>,
  (c: Comparison, opts: CompareRenderOptions) => string
> = {
  table: renderTable,
  json: (c) => renderJson(c),
  csv: renderCsv,
  html: renderHtml,
};

/** The same renderers as chunks, for a writer that streams them (joined: the same text). */
export const COMPARE_CHUNK_RENDERERS: Record<
  Exclude<CompareFormat, 'xlsx'>,
  (c: Comparison, opts: CompareRenderOptions) => Iterable<string>
> = {
  table: renderTableChunks,
  json: (c) => renderJsonChunks(c),
  csv: renderCsvChunks,
  html: renderHtmlChunks,
};
