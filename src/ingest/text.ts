export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/**
 * Bytes of a text-like file → string with LF line ends.
 * Order matters: a BOM is authoritative; then UTF-16 without a BOM; then UTF-8 when
 * the bytes are mostly valid UTF-8 (each invalid byte becomes U+FFFD, with a warning:
 * one stray byte must not turn a whole notice into mojibake); Windows-1252 only when
 * the bytes say so as a whole (a Finnish ä in Windows-1252 is a lone 0xE4, never
 * valid UTF-8, so a real Windows-1252 file has no valid UTF-8 sequence at all).
 * NUL bytes are dropped before decoding, so NULs inside a character do not break it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be' ? bom : bom ? null : utf16WithoutBom(bytes);
  let text: string;
  let encoding: DecodedText['encoding'];
  if (utf16) {
    encoding = utf16;
    text = new TextDecoder(encoding).decode(bytes);
    const nuls = countChar(text, '\u0000');
    if (nuls > 0) {
      text = text.split('\u0000').join('');
      warnings.push(nulWarning(nuls));
    }
  } else {
    let body = bytes;
    const nuls = countByte(bytes, 0);
    if (nuls > 0) {
      body = bytes.filter((b) => b !== 0);
      warnings.push(nulWarning(nuls));
    }
    const utf8 = asUtf8(body, bom === 'utf-8');
    if (utf8.mostly) {
      encoding = 'utf-8';
      text = utf8.text;
      if (utf8.invalid > 0) {
        const n = utf8.invalid;
        warnings.push(
          `${n} byte${n === 1 ? ' was' : 's were'} not valid UTF-8 and ${n === 1 ? 'was' : 'were'} replaced with \uFFFD`,
        );
      }
    } else {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(body);
      if (utf8.valid > 0) warnings.push('not UTF-8 as a whole: read as Windows-1252');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: toLf(text), encoding, warnings };
}

export function detectEncoding(bytes: Uint8Array): DecodedText['encoding'] {
  return decodeText(bytes).encoding;
}

function bomOf(bytes: Uint8Array): DecodedText['encoding'] | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return null;
}

const nulWarning = (n: number) => `dropped ${n} NUL byte${n === 1 ? '' : 's'} from the text`;

/**
 * The bytes read as UTF-8 with replacement, and whether that is what they are:
 * valid (multi-byte characters decoded) outweighs invalid (bytes replaced), or a BOM says so.
 */
function asUtf8(bytes: Uint8Array, bom: boolean): { text: string; mostly: boolean; valid: number; invalid: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, mostly: true, valid: 1, invalid: 0 };
  } catch {
    /* counted below */
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) nonAscii++;
  }
  const literal = countSequence(bytes, [0xef, 0xbf, 0xbd]);
  const invalid = Math.max(0, replaced - literal);
  const valid = nonAscii + literal;
  return { text, mostly: bom || (valid > 0 && valid >= invalid), valid, invalid };
}

function countByte(bytes: Uint8Array, b: number): number {
  let n = 0;
  for (let i = bytes.indexOf(b); i !== -1; i = bytes.indexOf(b, i + 1)) n++;
  return n;
}

function countSequence(bytes: Uint8Array, seq: number[]): number {
  let n = 0;
  for (let i = bytes.indexOf(seq[0]); i !== -1; i = bytes.indexOf(seq[0], i + 1)) {
    if (bytes[i + 1] === seq[1] && bytes[i + 2] === seq[2]) n++;
  }
  return n;
}

/**
 * UTF-16 saved without its BOM (some exports do): Finnish text is Latin, so the high
 * byte of almost every code unit is 0 (ä is E4 00) and the low byte almost never is.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  // Most files hold no NUL at all: a native search says so without the loop below.
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
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
