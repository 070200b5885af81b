/**
 * Cheap rule patterns. Every generated pattern tests "is this a letter or a number" with
 * `[\p{L}\p{N}]`, and V8 compiles each such Unicode class into hundreds of ranges, once per
 * occurrence and once per string width: a `near()` of three groups has dozens of them and took
 * 100–500 ms to compile, most of a cold start. Case-insensitive matching (the `i` flag) costs as
 * much again: V8 closes every class and letter of the pattern under Unicode case folding,
 * which made the rules' expressions three times as slow to compile as the same expressions
 * without it. Rule texts are Latin script, so:
 *
 *   - a pattern's `\p{L}\p{N}` becomes the explicit letters and digits of U+0000–U+024F
 *     (Basic Latin to Latin Extended-B), a class of a few dozen ranges;
 *   - the text it runs on is a "shadow" of the notice, as long as it, in one case: each
 *     character is what case-insensitive matching takes it for (`caseless`): a letter in lower
 *     case, ſ as s, K KELVIN SIGN as k; a letter or number outside the block becomes a
 *     stand-in letter (ƻ, caseless) or number (²). The pattern's letters are put in the same
 *     case, and it is compiled without the `i` flag.
 *
 * On the shadow a letter is still a letter and a non-letter a non-letter, and two characters
 * equal under case folding are one character, so edges, words and gaps fall where they did, at
 * the same offsets, and a pattern matches what it matched case-insensitively on the text. A
 * pattern this cannot be sure of (it names a character outside the block that has case or is
 * a letter, a Unicode property other than `\p{L}`/`\p{N}`, a character by its code, or a class
 * range across letter cases) is compiled as written, on the text.
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

/**
 * What case-insensitive matching takes a character for, as one character of the shadow: its
 * lower case when that lies in the block (A → a, K KELVIN SIGN → k, ẞ → ß), ſ as s (they fold
 * together), İ as itself (its lower case is two characters, and it folds to nothing else), a
 * letter whose lower case lies outside the block by its partner inside (ɓ and Ɓ → Ɓ); any other
 * letter or number outside the block a stand-in; anything else itself.
 */
const caselessChars = new Map<number, string>();
let letter: RegExp | undefined;
let number: RegExp | undefined;
function caseless(cp: number): string {
  let out = caselessChars.get(cp);
  if (out !== undefined) return out;
  const s = String.fromCodePoint(cp);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (cp === 0x17f) out = 's';
  else if (cp === 0x130) out = s;
  else if (inBlock(lower)) out = lower;
  else if (cp < BLOCK_END) out = s;
  else if (inBlock(upper)) out = caseless(upper.charCodeAt(0));
  else if ((letter ??= /^\p{L}$/u).test(s)) out = LETTER_STANDIN;
  else if ((number ??= /^\p{N}$/u).test(s)) out = NUMBER_STANDIN;
  else out = s;
  caselessChars.set(cp, out);
  return out;
}

/**
 * Where a text's shadow may differ from its lower case: a character of the block whose shadow
 * is not what toLowerCase makes of it (ſ, İ, Ɓ …), or one outside the block other than General
 * Punctuation (quotes, dashes, spaces: no case, no letters). A search, not a loop over every
 * character: a one-notice run would spend milliseconds in such a loop before V8 optimises it.
 */
let patchSites: RegExp | undefined;
function sitesToPatch(): RegExp {
  if (!patchSites) {
    let unlike = '';
    for (let c = 0; c < BLOCK_END; c++)
      if (caseless(c) !== String.fromCharCode(c).toLowerCase()) unlike += `\\u${c.toString(16).padStart(4, '0')}`;
    // no u flag: a surrogate pair is met as its first half
    patchSites = new RegExp(`[${unlike}]|[^\\u0000-\\u024f\\u2000-\\u206f]`, 'g');
  }
  return patchSites;
}

/**
 * The last few texts and their shadows, the latest first: `diff` and `compare` lint two or more
 * notices and then read them again (their key facts, their substance), and a cache of one text
 * made each return to a notice shadow it anew (eight times for the two texts of a diff). Texts
 * other than the latest are kept only up to RECENT_CHARS in all, so a batch of large notices does
 * not hold on to its finished ones.
 */
const recent: { text: string; shadow: string }[] = [];
const RECENT = 4;
const RECENT_CHARS = 2_000_000;

/** The shadow of a text (see above); the last few are kept. */
export function shadowOf(text: string): string {
  const at = recent.findIndex((r) => r.text === text);
  if (at !== -1) {
    const hit = recent[at];
    // The same text may come as another string (a notice linted again, two notices alike): keep
    // this one, so that the next calls find it by identity instead of comparing every character.
    hit.text = text;
    if (at > 0) {
      recent.splice(at, 1);
      recent.unshift(hit);
    }
    return hit.shadow;
  }
  const shadow = shadowOfNew(text);
  recent.unshift({ text, shadow });
  let chars = 0;
  for (let i = 0; i < recent.length; i++) {
    chars += recent[i].text.length;
    if (i > 0 && (i >= RECENT || chars > RECENT_CHARS)) {
      recent.length = i;
      break;
    }
  }
  return shadow;
}

function shadowOfNew(text: string): string {
  // toLowerCase keeps every length but İ's: a text with İ is lowered around it
  const lowered = text.includes('İ') ? text.split('İ').map((part) => part.toLowerCase()).join('İ') : text.toLowerCase();
  const pieces: string[] = [];
  let from = 0;
  const sites = sitesToPatch();
  sites.lastIndex = 0;
  for (let m = sites.exec(text); m; m = sites.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const width = pair ? 2 : 1;
    const one = caseless(pair ? text.codePointAt(i)! : c);
    const rep = pair && one.length === 1 ? one + one : one; // a stand-in for both halves of a pair
    if (rep !== lowered.slice(i, i + width)) {
      pieces.push(lowered.slice(from, i), rep.length === width ? rep : text.slice(i, i + width));
      from = i + width;
    }
    if (pair) sites.lastIndex = i + 2;
  }
  return pieces.length === 0 ? lowered : pieces.join('') + lowered.slice(from);
}

/** ASCII in the shadow's case (the bulk of every pattern's characters, without a lookup). */
const ASCII_LOWER_CHARS: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c).toLowerCase());

/**
 * A character of a pattern as the shadow has it, or null when the pattern cannot run on the
 * shadow: µ (it folds to Greek μ, a stand-in there), or a character outside the block that
 * has case or is a letter or number.
 */
function patternChar(cp: number): string | null {
  if (cp < 0x80) return ASCII_LOWER_CHARS[cp];
  if (cp === 0xb5) return null;
  if (cp < BLOCK_END) return caseless(cp);
  const s = String.fromCodePoint(cp);
  return caseless(cp) === s && s.toLowerCase() === s && s.toUpperCase() === s ? s : null;
}

/** The end of a class range `a-b` starting at i ("a"), or -1 when none starts there. */
function rangeAt(source: string, i: number): number {
  const a = source.codePointAt(i)!;
  const at = i + (a > 0xffff ? 2 : 1);
  if (source[at] !== '-' || source[at + 1] === ']' || source[at + 1] === undefined || source[at + 1] === '\\') return -1;
  return at + 1;
}

const ASCII_UPPER = /^[A-Z]$/;
const ASCII_LOWER = /^[a-z]$/;
const HAS_CASE = (s: string) => s.toLowerCase() !== s.toUpperCase();

/**
 * The source for the shadow (see above): its letter and number classes made cheap
 * (`[\p{L}\p{N}]`, and `\p{L}` or `\p{N}` alone, in a class or not) and its letters in the
 * shadow's case; or null when the pattern cannot run on the shadow.
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
      if (next === 'k') {
        // a named backreference: the name as written
        const end = source.indexOf('>', i);
        if (end === -1) return null;
        out += source.slice(i, end + 1);
        i = end;
        continue;
      }
      out += ch + (next ?? ''); // \s \S \d \b \. …: as written
      i++;
      continue;
    }
    if (!inClass && ch === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // a named group: the name as written
      const end = source.indexOf('>', i);
      if (end === -1) return null;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === ']' && inClass) {
      inClass = false;
      out += ch;
      continue;
    }
    if (inClass) {
      const end = rangeAt(source, i);
      if (end !== -1) {
        // a range keeps its meaning in one case only when both ends are caseless, or both ASCII
        // capitals or both small letters (A-Z → a-z); another (À-Ö, A-z) runs as written
        const a = String.fromCodePoint(source.codePointAt(i)!);
        const b = String.fromCodePoint(source.codePointAt(end)!);
        if (a.codePointAt(0)! >= BLOCK_END || b.codePointAt(0)! >= BLOCK_END) return null;
        if (ASCII_UPPER.test(a) && ASCII_UPPER.test(b)) out += `${a.toLowerCase()}-${b.toLowerCase()}`;
        else if ((ASCII_LOWER.test(a) && ASCII_LOWER.test(b)) || (!HAS_CASE(a) && !HAS_CASE(b) && patternChar(a.codePointAt(0)!) === a && patternChar(b.codePointAt(0)!) === b))
          out += `${a}-${b}`;
        else return null;
        i = end + b.length - 1;
        continue;
      }
    }
    const cp = source.codePointAt(i)!;
    const mapped = patternChar(cp);
    if (mapped === null) return null;
    out += mapped;
    if (cp > 0xffff) i++;
  }
  return out;
}
