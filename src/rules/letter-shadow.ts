/**
 * Cheap word edges for rule patterns. Every generated pattern tests "is this a letter or a
 * number" with `[\p{L}\p{N}]`, and V8 compiles each such Unicode class into hundreds of ranges,
 * once per occurrence and once per string width: a `near()` of three groups has dozens of them
 * and took 100–500 ms to compile, most of a cold start. Rule texts are Latin script, so:
 *
 *   - a pattern's `\p{L}\p{N}` becomes the explicit letters and digits of U+0000–U+024F
 *     (Basic Latin to Latin Extended-B), a class of a few dozen ranges;
 *   - the text it runs on is a "shadow" of the notice, as long as it: each letter or number
 *     outside that block becomes a stand-in letter (ƻ, caseless) or number (²), except the few
 *     whose case partner lies inside the block (K KELVIN SIGN, Å ANGSTROM SIGN, ẞ), which the
 *     case-insensitive class already covers. Every other character stays.
 *
 * On the shadow a letter is still a letter and a non-letter a non-letter, so edges, words and
 * gaps fall where they did, at the same offsets. A pattern that names a letter outside the
 * block or a Unicode property other than `\p{L}`/`\p{N}` is compiled as written, on the text.
 */
const BLOCK_END = 0x250;
const LETTER_STANDIN = 'ƻ';
const NUMBER_STANDIN = '²';

/**
 * The letters and numbers of U+0000–U+024F as class bodies (without brackets): written out,
 * not computed at start-up from `\p{L}` (1 ms of a one-notice run); the characters
 * themselves, not \uXXXX, because a `near()` repeats the class dozens of times and a shorter
 * source parses faster. test/rules/letter-shadow.test.ts checks them against Unicode.
 */
export const LATIN_LN = '0-9A-Za-zª²-³µ¹-º¼-¾À-ÖØ-öø-ɏ';
export const LATIN_LETTERS = 'A-Za-zªµºÀ-ÖØ-öø-ɏ';
export const LATIN_NUMBERS = '0-9²-³¹¼-¾';
const LATIN: Record<string, string> = { L: LATIN_LETTERS, N: LATIN_NUMBERS };

const inBlock = (s: string) => s.length === 1 && s.charCodeAt(0) < BLOCK_END;

/** What a character outside the block becomes on the shadow: a stand-in, or null to keep it. */
const standIns = new Map<number, string | null>();
let letter: RegExp | undefined;
let number: RegExp | undefined;
function standIn(cp: number): string | null {
  let out = standIns.get(cp);
  if (out !== undefined) return out;
  const s = String.fromCodePoint(cp);
  letter ??= /^\p{L}$/u;
  number ??= /^\p{N}$/u;
  if (inBlock(s.toLowerCase()) || inBlock(s.toUpperCase())) out = null;
  else if (letter.test(s)) out = LETTER_STANDIN;
  else if (number.test(s)) out = NUMBER_STANDIN;
  else out = null;
  standIns.set(cp, out);
  return out;
}

let lastText: string | undefined;
let lastShadow = '';

/** The shadow of a text (the same string when it has nothing to replace); the last one is kept. */
export function shadowOf(text: string): string {
  if (text === lastText) return lastShadow;
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Latin, and General Punctuation (quotes, dashes, spaces: no letter or number among them)
    if (c < BLOCK_END || (c >= 0x2000 && c <= 0x206f)) continue;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const rep = standIn(pair ? text.codePointAt(i)! : c);
    if (rep !== null) {
      pieces.push(text.slice(from, i), pair ? rep + rep : rep);
      from = i + (pair ? 2 : 1);
    }
    if (pair) i++;
  }
  lastText = text;
  lastShadow = pieces.length === 0 ? text : pieces.join('') + text.slice(from);
  return lastShadow;
}

/**
 * The source with its letter and number classes made cheap (`[\p{L}\p{N}]`, and `\p{L}` or
 * `\p{N}` alone, in a class or not), or null when the pattern cannot run on the shadow (it
 * names a letter outside the block, or another Unicode property, or a character by its code).
 */
export function shadowSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' && source.startsWith('\\p{L}\\p{N}', i)) {
        out += inClass ? LATIN_LN : `[${LATIN_LN}]`;
        i += '\\p{L}\\p{N}'.length - 1;
        continue;
      }
      const prop = /^\\p\{([LN])\}/.exec(source.slice(i, i + 5));
      if (prop) {
        out += inClass ? LATIN[prop[1]] : `[${LATIN[prop[1]]}]`;
        i += 4;
        continue;
      }
      // any other property, a character by its code: not on the shadow
      if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'c') return null;
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    const cp = source.codePointAt(i)!;
    if (cp >= BLOCK_END && standIn(cp) !== null) return null;
    if (cp > 0xffff) {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    out += ch;
  }
  return out;
}
