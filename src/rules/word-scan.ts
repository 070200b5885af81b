/**
 * The words of a text as the rules see them: a letter, then letters and combining marks,
 * with parts joined by single hyphens ("tietosuoja-asetus"): the matches of the regex
 * [\p{L}][\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)* with the g and u flags, found by a scan
 * of character codes instead. Each notice's words are read once for all the rules, and the
 * regex's match objects (an array and a string per word, through an iterator) made up most
 * of that reading; the scan only reports offsets. A character's class is asked of the same
 * Unicode properties once per process and remembered.
 */

const LETTER = 1;
const MARK = 2;
const OTHER = 3;
/** Added to a class: the character is a surrogate pair, two UTF-16 units. */
const PAIR = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

/** The class of each UTF-16 unit outside ASCII, 0 until first seen (64 KB, filled as met). */
let bmp: Uint8Array | undefined;
const astral = new Map<number, number>();

function classOf(char: string): number {
  return IS_LETTER.test(char) ? LETTER : IS_MARK.test(char) ? MARK : OTHER;
}

/** The class of the character at i (a lone surrogate is no letter, as for the regex), plus PAIR for two units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : OTHER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) astral.set(cp, (k = classOf(String.fromCodePoint(cp))));
      return k + PAIR;
    }
  }
  bmp ??= new Uint8Array(0x10000);
  let k = bmp[c];
  if (k === 0) bmp[c] = k = classOf(String.fromCharCode(c));
  return k;
}

const width = (k: number): number => (k > PAIR ? 2 : 1);

/** Calls `word(start, end)` for each word of `text`, in order. */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classAt(text, i);
    if (k % PAIR !== LETTER) {
      i += width(k);
      continue;
    }
    const start = i;
    i += width(k);
    for (;;) {
      while (i < n && (k = classAt(text, i)) % PAIR !== OTHER) i += width(k);
      // a hyphen joins the next part when a letter follows it
      if (i + 1 < n && text.charCodeAt(i) === 0x2d && (k = classAt(text, i + 1)) % PAIR === LETTER) {
        i += 1 + width(k);
        continue;
      }
      break;
    }
    word(start, i);
  }
}
