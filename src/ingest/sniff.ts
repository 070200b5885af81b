import type { Format } from '../model/notice.js';
import { unreadable } from './reasons.js';
import { decodeText, utf16WithoutBom, type DecodedText } from './text.js';
import { isZip, mentionsEntry, readCentralDirectory } from './zip.js';

export interface Sniffed {
  format: Format;
  /** Set for the text-like formats (html, markdown, text): decoded once, here. */
  decoded?: DecodedText;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DOCX_MAIN = 'word/document.xml';

/** The format from the bytes alone; unreadable kinds throw UnreadableInputError. */
export function sniff(bytes: Uint8Array, extensionHint?: Format): Sniffed {
  if (bytes.length === 0) throw unreadable('empty');
  if (hasPdfHeader(bytes)) return { format: 'pdf' };
  if (isZip(bytes)) return { format: sniffZip(bytes) };
  if (OLE2.every((b, i) => bytes[i] === b)) throw unreadable('doc-binary');
  if (looksBinary(bytes)) throw unreadable('binary');
  // Rich Text is text, but its control words would be read as the notice's words.
  if (/^\s*\{\\rtf/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString('latin1')))
    throw unreadable('rtf');
  const decoded = decodeText(bytes);
  if (!/\S/.test(decoded.text)) throw unreadable('empty');
  return { format: sniffText(decoded.text, extensionHint), decoded };
}

export function hasPdfHeader(bytes: Uint8Array): boolean {
  // pdf.js, like Acrobat, accepts junk before the header within the first 1 KB
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

function sniffZip(bytes: Uint8Array): Format {
  const dir = readCentralDirectory(bytes);
  if (dir) {
    if (dir.entries.some((e) => e.name === DOCX_MAIN)) return 'docx';
    throw unreadable('zip-not-docx');
  }
  // Truncated: let the DOCX adapter report it as a damaged document if it was one.
  if (mentionsEntry(bytes, DOCX_MAIN) || mentionsEntry(bytes, 'word/')) return 'docx';
  throw unreadable('zip-not-docx');
}

/**
 * Control bytes other than TAB/LF/CR/FF are rare in text in any of the encodings we
 * read; random or compiled data has ~10 %. UTF-16 (with a BOM, or Latin text without
 * one) is half NULs, so it is recognised before counting.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (utf16WithoutBom(bytes)) return false;
  const n = Math.min(bytes.length, 65536);
  // Counted by a native regex over the bytes as Latin-1 (one character per byte): a loop over
  // every byte runs in V8's interpreter in a one-notice run, and turned hot enough to compile.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
  const suspicious = head.match(CONTROL)?.length ?? 0;
  return suspicious > Math.max(2, n * 0.02);
}

/** Control bytes other than TAB, LF, FF and CR. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/g;

export function sniffText(text: string, extensionHint?: Format): Format {
  if (looksLikeHtml(text)) return 'html';
  const score = markdownScore(text);
  // "Several places": one `# Title` alone is also how plain notes start.
  if (score >= 2 || (score >= 1 && extensionHint === 'markdown')) return 'markdown';
  return 'text';
}

function looksLikeHtml(text: string): boolean {
  const head = text
    .replace(/^[\s\uFEFF]+/, '')
    .slice(0, 2048)
    .toLowerCase();
  if (/^<(!doctype html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<(!doctype html|html))/.test(head)) return true;
  // A fragment saved from a CMS: it opens with a tag and is built of block tags.
  // Seed 001 (text with leftover <p>) does not open with a tag, so it stays text.
  if (!/^<(p|div|h[1-6]|section|article|main|table|ul|ol)[\s>]/.test(head)) return false;
  const blocks = text.match(/<\/(p|div|h[1-6]|li|section|article|table|tr|td)>/gi)?.length ?? 0;
  return blocks >= 3;
}

function markdownScore(text: string): number {
  let score = 0;
  for (const line of text.split('\n')) {
    if (/^ {0,3}#{1,6}\s+\S/.test(line)) score++;
    else if (/^\s*(\*\*|__)[^*_].*\1\s*:?\s*$/.test(line)) score++;
    score += (line.match(/!?\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/g) ?? []).length;
    if (score >= 2) break;
  }
  return score;
}

/**
 * A report or view that seloste wrote (so that `lint -o notices/report.html notices`
 * does not lint its own report on the next run): recognised by its content, never by
 * its name. HTML outputs carry `<meta name="generator" content="seloste …">` (added by
 * src/cli/output.ts); JSON, SARIF and JUnit name the tool. Returns what it is, or null.
 */
export function ownOutput(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('<')) {
    if (/<meta name="generator" content="seloste[ "]/.test(head)) return 'html';
    if (/^<\?xml[^>]*>\s*<testsuites name="seloste"/.test(start)) return 'junit';
    return null;
  }
  if (start.startsWith('{')) {
    if (/^\{\s*"version": 1,\s*"tool": \{\s*"name": "seloste"/.test(start)) return 'json';
    if (/^\{\s*"\$schema": "[^"]*sarif[^"]*",/.test(start) && /"driver": \{\s*"name": "seloste"/.test(head))
      return 'sarif';
    if (
      /^\{\s*"version": 1,\s*"(old": \{\s*"file"|notices": \[|file": "[^"]*",\s*"format": "\w+",\s*"segments")/.test(
        start,
      )
    )
      return 'json';
  }
  // The terminal formats saved to a file: stylish (a file line, then findings placed and graded
  // in seloste's words) and GitHub annotations titled "seloste <rule>".
  if (/^::(?:error|warning|notice) file=[^\n]*title=seloste /.test(start)) return 'github';
  if (
    /^[^\n]+\n {2}(?:\d+:\d+|koko seloste|koko tiedosto|whole notice|whole file) +(?:virhe|varoitus|huomio|error|warning|info) {2}\S/.test(
      start,
    )
  )
    return 'stylish';
  return null;
}
