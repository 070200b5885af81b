import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { UnreadableInputError } from '../model/errors.js';
import type { Extracted, Format } from '../model/notice.js';
import { extractDocx } from './docx.js';
import { markdownToLines } from './markdown.js';
import { normalise } from './normalise.js';
import { extractPdf } from './pdf.js';
import { fsReason, unreadable } from './reasons.js';
import { hasPdfHeader, ownOutput, sniff, type Sniffed } from './sniff.js';
import { isZip } from './zip.js';
import { nowMs } from '../util/clock.js';
import { LATIN1_CLASSES } from '../util/latin1.js';

export interface IngestOptions {
  /** Largest input file read, in bytes. Default 50 MB. */
  maxBytes?: number;
  /**
   * Most text one document may hold once read, in characters (about bytes). Default 20 MB.
   * What the rules cost in memory follows the text, not the file: 48 MB of finding-dense
   * text took 1.36 GB to lint, 24 MB 0.70 GB, and a DOCX of a few MB can unpack to far more
   * text than its size. This keeps one run under 1 GB.
   */
  maxTextBytes?: number;
  /** Most PDF pages read. Default 500. */
  maxPages?: number;
  /** Largest total a DOCX may unpack to, as declared and as really inflated (zip bomb guard). Default 200 MB. */
  maxDocxUncompressedBytes?: number;
  /** Most entries a DOCX archive may have. Default 5000. */
  maxDocxEntries?: number;
  /**
   * Time one document may take, in ms (0: no limit, the default in-process). Past it
   * the read stops with UnreadableInputError 'timeout'. In this thread the limit is
   * cooperative: it fires between the asynchronous steps of pdf.js and JSZip, and the
   * PDF parser is destroyed. src/api/read-batch.ts enforces it hard by terminating the
   * worker thread.
   */
  timeoutMs?: number;
  /**
   * Words after which a line-end hyphen marks a suspended compound (`sähkö- ja kaasu…`,
   * `sekä henkilö- että yhteystiedot`), so the lines are not joined. They are the catalogue's
   * connectors (rules/sections.yaml `connectors`); src/api passes them in, since ingest
   * sits below the catalogue. Default: none.
   */
  connectors?: readonly string[];
}

const MB = 1024 * 1024;
const DEFAULTS: Required<IngestOptions> = {
  maxBytes: 50 * MB,
  maxTextBytes: 20 * MB,
  maxPages: 500,
  maxDocxUncompressedBytes: 200 * MB,
  maxDocxEntries: 5000,
  timeoutMs: 0,
  connectors: [],
};

const EXTENSIONS: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** Reads one notice from disk. Only reads: nothing is ever written near the input. */
export async function readNotice(path: string, opts: IngestOptions = {}): Promise<Extracted> {
  const o = { ...DEFAULTS, ...opts };
  return extract(await readInput(path, o.maxBytes), path, o);
}

/** 'too-large', with the size it was measured at (src/ingest/reasons.ts `withLimits` names it). */
function tooLarge(size: number) {
  const err = unreadable('too-large');
  err.size = size;
  return err;
}

/**
 * The bytes of one input, refused before reading when it is not a regular file (a
 * folder, a pipe that would never end, a device such as /dev/zero) or larger than
 * `maxBytes`. UnreadableInputError for a missing path, a link loop, no permission, a
 * read error. (Read synchronously: a notice is small, and one open-check-read keeps
 * the file checked the file read.)
 */
export async function readInput(path: string, maxBytes: number = DEFAULTS.maxBytes): Promise<Uint8Array> {
  const buf = readRegularFile(path, maxBytes, tooLarge);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Any file seloste reads (a notice, a baseline, a config or rule file): opened once
 * without blocking (a FIFO does not wait for a writer), checked through that handle to
 * be a regular file within `maxBytes`, then read at most one byte past the limit (a
 * file that grows while it is read is still refused). `tooLarge` says why a file over
 * the limit is refused.
 */
export function readRegularFile(
  path: string,
  maxBytes: number,
  tooLarge: (size: number) => UnreadableInputError,
): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fsReason(err);
  }
  try {
    let size: number;
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw unreadable('not-a-file');
      size = st.size;
    } catch (err) {
      throw err instanceof UnreadableInputError ? err : fsReason(err);
    }
    if (size > maxBytes) throw tooLarge(size);
    const chunks: Buffer[] = [];
    let got = 0;
    try {
      for (let want = Math.min(maxBytes + 1, size + 1); got <= maxBytes; want = Math.min(maxBytes + 1 - got, 1 << 20)) {
        const chunk = Buffer.allocUnsafe(want);
        const n = readSync(fd, chunk, 0, want, null);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
        got += n;
      }
    } catch (err) {
      throw fsReason(err);
    }
    if (got > maxBytes) throw tooLarge(got);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** The defaults of every limit, for config files and `--help`. */
export const INGEST_DEFAULTS: Readonly<Required<IngestOptions>> = DEFAULTS;

/**
 * Whether the bytes go to pdf.js or mammoth (the heavy, CPU-bound adapters that a
 * batch runs on worker threads) rather than the text-like ones.
 */
export function isHeavyFormat(bytes: Uint8Array): boolean {
  return hasPdfHeader(bytes) || isZip(bytes);
}

/** Sniffs the bytes, runs the one matching adapter, then normalises. `path` only names the file. */
export async function extract(bytes: Uint8Array, path: string, opts: IngestOptions = {}): Promise<Extracted> {
  const o = { ...DEFAULTS, ...opts };
  if (!(o.timeoutMs > 0)) return extractWithin(bytes, path, o);
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        abort.abort();
        reject(unreadable('timeout'));
      },
      Math.min(o.timeoutMs, 2 ** 31 - 1),
    );
  });
  const t0 = nowMs();
  try {
    const out = await Promise.race([extractWithin(bytes, path, o, abort.signal), expired]);
    // pdf.js in this thread runs on microtasks, so the timer above may only fire once it
    // is done: what took longer than the limit is reported the same way anyway.
    if (nowMs() - t0 > o.timeoutMs) throw unreadable('timeout');
    return out;
  } finally {
    clearTimeout(timer);
  }
}

async function extractWithin(
  bytes: Uint8Array,
  path: string,
  o: Required<IngestOptions>,
  signal?: AbortSignal,
): Promise<Extracted> {
  const { sniffed, warnings } = prelude(bytes, path, o);
  switch (sniffed.format) {
    case 'pdf': {
      const pdf = await extractPdf(bytes, o.maxPages, signal, undefined, o.connectors);
      return finish(o, 'pdf', pdf.text, warnings, { linePages: pdf.linePages });
    }
    case 'docx': {
      const docx = await extractDocx(bytes, {
        maxUncompressedBytes: o.maxDocxUncompressedBytes,
        maxEntries: o.maxDocxEntries,
      });
      return finish(o, 'docx', docx.text, warnings, docx);
    }
    case 'html':
      await loadHtmlReader();
      return light(o, sniffed, warnings);
    default:
      return light(o, sniffed, warnings);
  }
}

/** The checks and the sniffing every format starts with, and the warnings they give. */
function prelude(
  bytes: Uint8Array,
  path: string,
  o: Required<IngestOptions>,
): { sniffed: Sniffed; warnings: string[] } {
  if (bytes.length > o.maxBytes) throw tooLarge(bytes.length);
  const own = ownOutput(bytes);
  if (own) throw unreadable('own-output');
  const ext = extname(path).toLowerCase();
  const claimed: Format | undefined = EXTENSIONS[ext];
  const sniffed = sniff(bytes, claimed);
  const warnings: string[] = [];
  if (claimed && claimed !== sniffed.format && !(claimed === 'text' && sniffed.format === 'markdown')) {
    warnings.push(`extension ${ext} but the bytes are ${describe(sniffed.format)}: read as ${sniffed.format}`);
  }
  if (sniffed.decoded) warnings.push(...sniffed.decoded.warnings);
  return { sniffed, warnings };
}

// Loaded on demand like mammoth and pdf.js: htmlparser2 alone costs ~50 ms at start-up.
let html: typeof import('./html.js') | undefined;

/** Loads the HTML reader, so that `extractLight` can read HTML synchronously. */
export async function loadHtmlReader(): Promise<void> {
  html ??= await import('./html.js');
}

/** Thrown by `extractLight` for HTML before `loadHtmlReader` has run: load it, then call again. */
export class HtmlReaderNotLoaded extends Error {
  constructor() {
    super('the HTML reader is not loaded (loadHtmlReader)');
    this.name = 'HtmlReaderNotLoaded';
  }
}

/**
 * `extract` for text, Markdown and HTML, synchronously from start to end, so that a hard
 * time limit can wrap it (src/api/deadline.ts); PDF and DOCX are not for this function.
 */
export function extractLight(bytes: Uint8Array, path: string, opts: IngestOptions = {}): Extracted {
  const o = { ...DEFAULTS, ...opts };
  const { sniffed, warnings } = prelude(bytes, path, o);
  if (sniffed.format === 'pdf' || sniffed.format === 'docx')
    throw new Error(`extractLight: ${path} is a ${sniffed.format}`);
  if (sniffed.format === 'html' && !html) throw new HtmlReaderNotLoaded();
  return light(o, sniffed, warnings);
}

function light(o: Required<IngestOptions>, sniffed: Sniffed, warnings: string[]): Extracted {
  const source = sniffed.decoded?.text ?? '';
  // Refused before the markup is taken apart: what is read can only shrink by a little.
  if (source.length > 2 * o.maxTextBytes) throw textTooLarge(source.length, o.maxTextBytes);
  if (sniffed.format === 'text') return finish(o, 'text', source, warnings, {});
  const lines = sniffed.format === 'html' ? html!.htmlToLines(source) : markdownToLines(source);
  return finish(o, sniffed.format, lines.text, warnings, lines);
}

/** 'too-large' for the text a document holds, with the size and the limit (it names the config key that raises it). */
export function textTooLarge(chars: number, limit: number): UnreadableInputError {
  const n = (x: number, lang: 'fi' | 'en') => {
    const s = String(x >= 10 * MB ? Math.round(x / MB) : Number((x / MB).toPrecision(2)));
    return lang === 'fi' ? s.replace('.', ',') : s;
  };
  return new UnreadableInputError('too-large', {
    fi: `tiedostossa on liikaa tekstiä tarkistettavaksi (${n(chars, 'fi')} Mt tekstiä; raja ${n(limit, 'fi')} Mt): tietosuojaseloste on yleensä alle megatavun; rajaa voi nostaa asetuksella limits.maxTextMB`,
    en: `the file holds too much text to check (${n(chars, 'en')} MB of text; the limit is ${n(limit, 'en')} MB); a privacy notice is usually well under 1 MB; raise the limit with the config key limits.maxTextMB`,
  });
}

function finish(
  o: Required<IngestOptions>,
  format: Format,
  raw: string,
  warnings: string[],
  extra: { linePages?: number[]; headingLines?: number[]; headingLevels?: number[] },
): Extracted {
  if (raw.length > 2 * o.maxTextBytes) throw textTooLarge(raw.length, o.maxTextBytes);
  const text = normalise(raw);
  if (text.length > o.maxTextBytes) throw textTooLarge(text.length, o.maxTextBytes);
  if (!hasLetter(text)) throw unreadable('no-text');
  return {
    format,
    text,
    linePages: extra.linePages ?? null,
    headingLines: extra.headingLines ?? [],
    ...(extra.headingLevels ? { headingLevels: extra.headingLevels } : {}),
    warnings,
  };
}

let latin1Letter: RegExp | undefined;

/**
 * /\p{L}/u, asked first of the Latin-1 letters: a `\p{L}` regex costs a one-notice run
 * 0.5–1 ms to compile, and a notice without a Latin-1 letter is rare.
 */
function hasLetter(text: string): boolean {
  return (latin1Letter ??= new RegExp(`[${LATIN1_CLASSES.L}]`)).test(text) || /\p{L}/u.test(text);
}

function describe(format: Format): string {
  return { pdf: 'a PDF', docx: 'a Word document', html: 'HTML', markdown: 'Markdown', text: 'text' }[format];
}
