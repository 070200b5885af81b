import { inflateSync } from 'node:zlib';
import { unreadable } from './reasons.js';
import { dropPageFurniture, rejoinHyphenation } from './pdf-lines.js';

/**
 * Most bytes the Flate streams of one PDF may inflate to, all together. pdf.js holds an
 * inflated stream outside the JavaScript heap, where the worker's heap limit does not
 * reach: a 1 GB content stream took 2.1 GB. A notice's streams (text, fonts, a logo)
 * inflate to a few MB. pdf.js needs about three times a stream's size while it reads it
 * (a 250 MB stream peaked at 0.76 GB, a 60 MB one at 0.3 GB), and a batch reads a PDF on
 * each core at once: two PDFs at 256 MB reached 1.45 GB, at 60 MB 0.49 GB. 64 MB keeps a
 * run on two workers under 1 GB.
 */
export const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024;

export interface PdfText {
  text: string;
  /** 1-based page of each line of `text`. */
  linePages: number[];
}

/** The exceptions pdf.js throws about a document (pdfjs-dist `BaseException` subclasses). */
const PDFJS_ERRORS = new Set([
  'FormatError',
  'InvalidPDFException',
  'PasswordException',
  'UnknownErrorException',
  'MissingPDFException',
  'UnexpectedResponseException',
  'ResponseException',
  'AbortException',
  'XRefParseException',
  'MissingDataException',
]);

let strayRejectionsHandled = false;

/**
 * pdf.js (its in-thread "fake worker") can leave a promise rejected after the awaited
 * calls have settled, e.g. "FormatError: Missing endstream command." once a damaged
 * page has been read: Node would then end the whole batch with a stack trace. Such a
 * late error about a document changes nothing (its result is already decided), so
 * it is dropped; any other unhandled rejection still ends the process as before.
 */
function handleStrayPdfRejections(): void {
  if (strayRejectionsHandled) return;
  strayRejectionsHandled = true;
  process.on('unhandledRejection', (reason) => {
    const name = (reason as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && PDFJS_ERRORS.has(name)) return;
    throw reason;
  });
}

export async function extractPdf(
  bytes: Uint8Array,
  maxPages: number,
  signal?: AbortSignal,
  maxInflatedBytes: number = MAX_PDF_INFLATED_BYTES,
  connectors: readonly string[] = [],
): Promise<PdfText> {
  if (inflatedSize(bytes, maxInflatedBytes) > maxInflatedBytes) throw unreadable('out-of-memory');
  // Imported here: pdf.js is large and most runs never see a PDF.
  const { PDFParse } = await import('pdf-parse');
  handleStrayPdfRejections();
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps its bytes.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0, isEvalSupported: false });
  // On a time limit the parser is destroyed; its pending promises then reject and are dropped.
  const stop = () => void parser.destroy().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  let pages: string[][];
  try {
    const info = await parser.getInfo();
    if (info.total > maxPages) throw unreadable('pdf-too-many-pages');
    // No page joiner: pdf-parse would otherwise put `-- N of M --` between pages.
    const result = await parser.getText({ pageJoiner: '' });
    pages = result.pages.map((p) => p.text.split('\n'));
  } catch (err) {
    throw classify(err);
  } finally {
    signal?.removeEventListener('abort', stop);
    await parser.destroy().catch(() => undefined);
  }
  if (!pages.some((lines) => lines.some((l) => /\p{L}/u.test(l)))) throw unreadable('pdf-no-text');

  const lines = rejoinHyphenation(dropPageFurniture(pages), connectors);
  return { text: lines.map((l) => l.text).join('\n'), linePages: lines.map((l) => l.page) };
}

function classify(err: unknown): Error {
  if (err instanceof Error && err.name === 'UnreadableInputError') return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return unreadable('pdf-encrypted', err);
  return unreadable('pdf-damaged', err);
}

const latin1 = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');

/**
 * What the Flate-compressed streams of a PDF inflate to, counted before pdf.js sees the
 * file and each inflated at most to the rest of `limit` (zlib's maxOutputLength): the
 * count stops past the limit, and no more than `limit` bytes are ever held. A stream is
 * the bytes between `stream` and `endstream` whose dictionary, just before it, names
 * FlateDecode; images are left out (reading text never decodes them). Streams that do
 * not inflate (damaged, encrypted, another filter) count as nothing: pdf.js decides
 * about those. A stream that several pages share counts once, though pdf.js may
 * inflate it for each of them.
 */
export function inflatedSize(bytes: Uint8Array, limit: number): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf('stream'); at !== -1 && total <= limit; at = buf.indexOf('stream', at + 6)) {
    // `endstream` contains `stream` too: only a keyword followed by a line end opens one.
    let data = at + 6;
    if (buf[data] === 0x0d) data++;
    if (buf[data] !== 0x0a || (at >= 3 && latin1(bytes, at - 3, at) === 'end')) continue;
    data++;
    const end = buf.indexOf('endstream', data);
    if (end === -1) break;
    // The stream's dictionary: what precedes the keyword since the previous object ended.
    const before = latin1(bytes, Math.max(0, at - 1000), at);
    const dict = before.slice(Math.max(before.lastIndexOf('endobj'), before.lastIndexOf('endstream')) + 1);
    // Images are never decoded for their text: a brochure's photos do not count.
    if (/\/FlateDecode|\/Fl\b/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) {
      try {
        total += inflateSync(buf.subarray(data, end), {
          maxOutputLength: Math.max(1, limit - total + 1),
          finishFlush: 2 /* Z_SYNC_FLUSH */,
        }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return limit + 1;
      }
    }
    at = end;
  }
  return total;
}
