import { unreadable } from './reasons.js';
import type { HtmlLines } from './html.js';
import { readCentralDirectory } from './zip.js';

export interface DocxLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

/**
 * Word's `Title` style is the notice's title; mammoth leaves it a plain <p> unless
 * told. Heading 1..6, lists and tables mammoth maps itself.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

export async function extractDocx(bytes: Uint8Array, limits: DocxLimits): Promise<HtmlLines> {
  const dir = readCentralDirectory(bytes);
  if (!dir) throw unreadable('docx-damaged');
  // Judge by the sizes the archive declares, before anything is inflated.
  const total = dir.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const entries = Math.max(dir.declaredEntries, dir.entries.length);
  if (entries > limits.maxEntries || total > limits.maxUncompressedBytes) throw unreadable('docx-too-large');

  // Imported here: mammoth costs ~170 ms to load and most runs never see a DOCX.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
    html = result.value;
  } catch (err) {
    throw unreadable('docx-damaged', err);
  }
  const { htmlToLines } = await import('./html.js');
  return htmlToLines(html);
}
