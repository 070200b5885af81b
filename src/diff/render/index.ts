/** Diff renderers by --format name: pure functions of the DiffResult. */
import type { DiffResult } from '../types.js';
import type { DiffFormat } from './formats.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import type { DiffRenderOptions } from './labels.js';
import { renderText } from './text.js';
import { renderUnified } from './unified.js';

export type { DiffRenderOptions } from './labels.js';

export const RENDERERS: Record<DiffFormat, (result: DiffResult, opts: DiffRenderOptions) => string> = {
  text: renderText,
  unified: renderUnified,
  json: (r) => renderJson(r),
  html: renderHtml,
};
