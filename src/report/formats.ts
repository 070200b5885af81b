/**
 * The --format names of `seloste lint`, and each formatter loaded on its own: a run
 * loads the one it prints with, not all six (start-up time).
 */
import { joinChunks } from '../util/chunks.js';
import type { ChunkFormatter, Formatter } from './types.js';

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CHUNK_LOADERS: Record<ReportFormat, () => Promise<ChunkFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishChunks,
  json: async () => (await import('./json.js')).jsonChunks,
  sarif: async () => (await import('./sarif.js')).sarifChunks,
  junit: async () => (await import('./junit.js')).junitChunks,
  github: async () => (await import('./github.js')).githubChunks,
  html: async () => (await import('./html.js')).htmlChunks,
};

/** The formatter that makes the whole report as one string (the library's formatReport): its chunks joined. */
export async function loadFormatter(format: ReportFormat): Promise<Formatter> {
  const chunks = await loadChunkFormatter(format);
  return (report, options) => joinChunks(chunks(report, options));
}

/** The formatter that makes the report as chunks, for a writer that streams them (the CLI). */
export function loadChunkFormatter(format: ReportFormat): Promise<ChunkFormatter> {
  return CHUNK_LOADERS[format]();
}
