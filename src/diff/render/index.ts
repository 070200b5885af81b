/** Diff renderers by --format name: pure functions of the DiffResult. */
import type { DiffResult } from '../types.js';
import type { DiffFormat } from './formats.js';
import { renderHtml, renderHtmlChunks } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
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

/**
 * The same renderers as chunks, for a writer that streams them (joined: the same text).
 * Text and unified are one chunk each: they are for a terminal or a patch tool, two
 * notices long at most.
 */
export const DIFF_CHUNK_RENDERERS: Record<
  DiffFormat,
  (result: DiffResult, opts: DiffRenderOptions) => Iterable<string>
> = {
  text: (r, o) => [renderText(r, o)],
  unified: (r, o) => [renderUnified(r, o)],
  json: (r) => renderJsonChunks(r),
  html: renderHtmlChunks,
};
