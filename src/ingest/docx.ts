import { unreadable } from './reasons.js';
import type { HtmlLines } from './html.js';
import { isWellFormedXml } from './xml-check.js';
import { entryData, InflateLimitError, inflatedTotal, readCentralDirectory, type ZipEntry } from './zip.js';

export interface DocxLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

/**
 * Word's `Title` style is the notice's title; mammoth leaves it a plain <p> unless
 * told. Heading 1..6, lists and tables mammoth maps itself.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

const NO_IMAGE = (m: typeof import('mammoth')) => m.images.imgElement(async () => ({ src: '' }));

export async function extractDocx(bytes: Uint8Array, limits: DocxLimits): Promise<HtmlLines> {
  const dir = readCentralDirectory(bytes);
  if (!dir) throw unreadable('docx-damaged');
  // Judge by the sizes the archive declares, before anything is inflated.
  const total = dir.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const entries = Math.max(dir.declaredEntries, dir.entries.length);
  if (entries > limits.maxEntries || total > limits.maxUncompressedBytes) throw unreadable('docx-too-large');
  // Then by what the entries really unpack to, streamed and counted, before JSZip
  // inflates any of them whole: the declared sizes of a hostile archive can lie.
  try {
    await inflatedTotal(bytes, dir.entries, limits.maxUncompressedBytes);
  } catch (err) {
    if (err instanceof InflateLimitError) throw unreadable('docx-too-large');
    throw err;
  }

  if (!(await partsWellFormed(bytes, dir.entries))) throw unreadable('docx-damaged');

  // Imported here: mammoth costs ~170 ms to load and most runs never see a DOCX.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      // Images are not text: never unpacked. Linked files are never fetched (no I/O beyond the input).
      { styleMap: STYLE_MAP, convertImage: NO_IMAGE(mammoth), externalFileAccess: false },
    );
    html = result.value;
  } catch (err) {
    throw unreadable('docx-damaged', err);
  }
  const { htmlToLines } = await import('./html.js');
  return htmlToLines(html);
}

/** The parts mammoth parses (docx-reader.js): package and document relationships, the main document, its styles, numbering, notes and comments. */
const PARSED_PARTS = /^(\[Content_Types\]\.xml|(.*\/)?_rels\/[^/]*\.rels|word\/(document|styles|numbering|footnotes|endnotes|comments)\.xml)$/;

async function partsWellFormed(bytes: Uint8Array, entries: ZipEntry[]): Promise<boolean> {
  const { inflateRawSync } = await import('node:zlib');
  for (const entry of entries) {
    if (!PARSED_PARTS.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (!data) return false;
    let xml: Uint8Array;
    try {
      // Sizes were checked above: this part is within the unpacked limit.
      xml = entry.method === 8 ? inflateRawSync(data) : entry.method === 0 ? data : new Uint8Array(0);
    } catch {
      return false;
    }
    if (entry.method !== 0 && entry.method !== 8) continue;
    const utf16 = xml[0] === 0xff && xml[1] === 0xfe ? 'utf-16le' : xml[0] === 0xfe && xml[1] === 0xff ? 'utf-16be' : 'utf-8';
    if (!isWellFormedXml(new TextDecoder(utf16).decode(xml))) return false;
  }
  return true;
}
