import { unreadable } from './reasons.js';
import { dropPageFurniture, rejoinHyphenation } from './pdf-lines.js';

export interface PdfText {
  text: string;
  /** 1-based page of each line of `text`. */
  linePages: number[];
}

/** The exceptions pdf.js throws about a document (pdfjs-dist `BaseException` subclasses). */
const PDFJS_ERRORS = new Set([
  'FormatError', 'InvalidPDFException', 'PasswordException', 'UnknownErrorException', 'MissingPDFException',
  'UnexpectedResponseException', 'ResponseException', 'AbortException', 'XRefParseException', 'MissingDataException',
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

export async function extractPdf(bytes: Uint8Array, maxPages: number, signal?: AbortSignal): Promise<PdfText> {
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

  const lines = rejoinHyphenation(dropPageFurniture(pages));
  return { text: lines.map((l) => l.text).join('\n'), linePages: lines.map((l) => l.page) };
}

function classify(err: unknown): Error {
  if (err instanceof Error && err.name === 'UnreadableInputError') return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return unreadable('pdf-encrypted', err);
  return unreadable('pdf-damaged', err);
}
