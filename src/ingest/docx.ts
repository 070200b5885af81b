import { UnreadableInputError } from '../model/errors.js';
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

/**
 * Most bytes the XML parts mammoth parses (PARSED_PARTS) may unpack to, together. Its
 * memory follows them, not the archive: 30 MB of document.xml peaked at 0.88 GB, 150 MB
 * ran the worker out of its heap at 1.3 GB, and a batch reads a DOCX on each core at once.
 * A notice's document.xml is well under 1 MB, a long one with tracked changes a few MB;
 * images and other media are not counted (they are never unpacked).
 */
export const MAX_DOCX_XML_BYTES = 8 * 1024 * 1024;

const NO_IMAGE = (m: typeof import('mammoth')) => m.images.imgElement(async () => ({ src: '' }));

export async function extractDocx(
  bytes: Uint8Array,
  limits: DocxLimits,
  maxXmlBytes: number = MAX_DOCX_XML_BYTES,
): Promise<HtmlLines> {
  const dir = readCentralDirectory(bytes);
  if (!dir) throw unreadable('docx-damaged');
  // Judge by the sizes the archive declares, before anything is inflated.
  const total = dir.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const entries = Math.max(dir.declaredEntries, dir.entries.length);
  if (entries > limits.maxEntries || total > limits.maxUncompressedBytes) throw unreadable('docx-too-large');
  const xml = dir.entries.reduce((sum, e) => sum + (PARSED_PARTS.test(e.name) ? e.uncompressedSize : 0), 0);
  if (xml > maxXmlBytes) throw xmlTooLarge(xml, maxXmlBytes);
  // Then by what the entries really unpack to, streamed and counted, before JSZip
  // inflates any of them whole: the declared sizes of a hostile archive can lie.
  try {
    await inflatedTotal(bytes, dir.entries, limits.maxUncompressedBytes);
  } catch (err) {
    if (err instanceof InflateLimitError) throw unreadable('docx-too-large');
    throw err;
  }

  if (!(await partsWellFormed(bytes, dir.entries, maxXmlBytes))) throw unreadable('docx-damaged');

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
const PARSED_PARTS =
  /^(\[Content_Types\]\.xml|(.*\/)?_rels\/[^/]*\.rels|word\/(document|styles|numbering|footnotes|endnotes|comments)\.xml)$/;

/** 'docx-too-large' for the XML mammoth would parse, with its size and the limit. */
function xmlTooLarge(size: number, limit: number): UnreadableInputError {
  const mb = (n: number) => String(Math.max(1, Math.round(n / (1024 * 1024))));
  return new UnreadableInputError('docx-too-large', {
    fi: `Word-asiakirjan teksti ja muotoilu purkautuvat epätavallisen suuriksi (yli ${mb(size)} Mt XML:ää; raja ${mb(limit)} Mt), joten sitä ei avata`,
    en: `the Word document's text and formatting unpack to an unusual size (over ${mb(size)} MB of XML; the limit is ${mb(limit)} MB), so it is not opened`,
  });
}

async function partsWellFormed(bytes: Uint8Array, entries: ZipEntry[], maxXmlBytes: number): Promise<boolean> {
  const { inflateRawSync } = await import('node:zlib');
  let unpacked = 0;
  for (const entry of entries) {
    if (!PARSED_PARTS.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (!data) return false;
    let xml: Uint8Array;
    try {
      // Sizes were checked above: this part is within the unpacked limit.
      // The sizes declared can lie: each part is inflated at most to what is left of the limit.
      xml =
        entry.method === 8
          ? inflateRawSync(data, { maxOutputLength: Math.max(1, maxXmlBytes - unpacked + 1) })
          : entry.method === 0
            ? data
            : new Uint8Array(0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw xmlTooLarge(maxXmlBytes + 1, maxXmlBytes);
      return false;
    }
    unpacked += xml.length;
    if (unpacked > maxXmlBytes) throw xmlTooLarge(unpacked, maxXmlBytes);
    if (entry.method !== 0 && entry.method !== 8) continue;
    const utf16 =
      xml[0] === 0xff && xml[1] === 0xfe ? 'utf-16le' : xml[0] === 0xfe && xml[1] === 0xff ? 'utf-16be' : 'utf-8';
    if (!isWellFormedXml(new TextDecoder(utf16).decode(xml))) return false;
  }
  return true;
}
