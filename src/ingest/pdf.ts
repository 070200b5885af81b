import { unreadable } from './reasons.js';
import { dropPageFurniture, rejoinHyphenation } from './pdf-lines.js';

export interface PdfText {
  text: string;
  /** 1-based page of each line of `text`. */
  linePages: number[];
}

export async function extractPdf(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  // Imported here: pdf.js is large and most runs never see a PDF.
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps its bytes.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0, isEvalSupported: false });
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
