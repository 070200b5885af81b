export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/**
 * Bytes of a text-like file → string with LF line ends.
 * Order matters: a BOM is authoritative; then strict UTF-8 (a Finnish ä in
 * Windows-1252 is a lone 0xE4, never valid UTF-8, so the fallback is safe).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const encoding = detectEncoding(bytes);
  let text: string;
  if (encoding === 'utf-8') {
    // fatal: a stray invalid byte means the file was not UTF-8 at all
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } else {
    text = new TextDecoder(encoding).decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nuls = countChar(text, '\u0000');
  if (nuls > 0) {
    text = text.split('\u0000').join('');
    warnings.push(`dropped ${nuls} NUL byte${nuls === 1 ? '' : 's'} from the text`);
  }
  return { text: toLf(text), encoding, warnings };
}

export function detectEncoding(bytes: Uint8Array): DecodedText['encoding'] {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * UTF-16 saved without its BOM (some exports do): Finnish text is Latin, so the high
 * byte of almost every code unit is 0 (ä is E4 00) and the low byte almost never is.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = n / 2;
  if (zeroOdd >= units * 0.7 && zeroEven <= units * 0.05) return 'utf-16le';
  if (zeroEven >= units * 0.7 && zeroOdd <= units * 0.05) return 'utf-16be';
  return null;
}

export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
