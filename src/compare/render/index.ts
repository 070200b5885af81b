/** Compare renderers by --format name: pure functions of the Comparison. */
import type { Comparison } from '../index.js';
import type { CompareFormat } from './formats.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import type { CompareRenderOptions } from './labels.js';
import { renderTable } from './table.js';

export type { CompareRenderOptions } from './labels.js';

export const COMPARE_RENDERERS: Record<Exclude<CompareFormat, 'xlsx'>, (c: Comparison, opts: CompareRenderOptions) => string> = {
  table: renderTable,
  json: (c) => renderJson(c),
  csv: renderCsv,
  html: renderHtml,
};
