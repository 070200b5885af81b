/**
 * Content normalisation for comparison. A diff and a similarity must not see what
 * is not content: line breaks, PDF reflow, hyphenation, whitespace, heading and
 * list numbering, bullets, HTML/Markdown markup. The unit of comparison is the word:
 * each word keeps its text as written (for display) and a key (for matching) that is
 * lower-cased, without hyphens and with typographic quotes and dashes unified.
 */
import { loadCatalogue } from './index.js';

export interface Word {
  /** the word as written (after markup removal), used for display */
  text: string;
  /** what is compared */
  key: string;
  /**
   * Display only, never compared: the word starts a paragraph ("\n\n") or a line of its
   * own, a list item or a line after a finished sentence ("\n"); absent in running text.
   */
  brk?: '\n' | '\n\n';
}

const TAG = /<\/?[A-Za-z][^<>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
const MD_LINK = /\[([^\]\n]*)\]\((?:[^)\s]*)\)/g;
const MD_EMPHASIS = /(\*\*|__)/g;
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+/gm;
/** list numbering at a line start: "1.", "2)", "a)" — only with its punctuation, so "10 vuotta" stays */
const LIST_NUMBER = /^[ \t]*(?:\d{1,2}[.)]|[a-z]\))[ \t]+/gm;
/** heading numbering at the start of a segment: "3.", "2.1", "2      " (wide gap), "IV." */
const HEADING_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)(?=\s)/;
/** a token made only of bullet or dash characters is layout, not content */
const BULLET_ONLY = /^[-‐‑–—•·*▪◦‣○●■□➢►>+]+$/u;

function decodeEntity(_m: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[name.toLowerCase()] ?? _m;
}

/** Markup and numbering removed; whitespace not yet collapsed. */
export function stripNonContent(text: string, isHeadingStart = false): string {
  let t = text.replace(/\u00AD/g, '');
  t = t.replace(TAG, ' ').replace(ENTITY, decodeEntity);
  t = t.replace(MD_LINK, '$1').replace(MD_EMPHASIS, '').replace(MD_HEADING, '');
  if (isHeadingStart) t = t.replace(HEADING_NUMBER, '');
  // a list number is a bullet: dropped as one, and it marks a list item
  t = t.replace(LIST_NUMBER, '• ');
  return t;
}

/**
 * The comparison key of a word: case, hyphens, typographic quotes and the punctuation
 * around it do not count ("sopimus" = "sopimus.", "nimi," = "nimi-" of a glued list),
 * so that list layout and reflow do not show up as changes.
 */
const keyCache = new Map<string, string>();

export function keyOf(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, (k = computeKey(word)));
  }
  return k;
}

function computeKey(word: string): string {
  const k = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[”“„«»″]/g, '"')
    .replace(/[’‘‚′`´]/g, "'")
    .replace(/[-‐‑–—]/g, '');
  const bare = k.replace(/^[("'[]+|[.,;:!?)"'\]]+$/g, '');
  return bare === '' ? k : bare;
}

/**
 * The words of `all` without the heading's words, which are looked for (in order) near
 * the start: a table layout may interleave a wrapped heading with the first content
 * words ("Säännönmukaiset | Tietoja saadaan … sekä / tietolähteet | asiakassuhteen").
 * Returns null when the heading is not all there.
 */
export function withoutHeading(all: Word[], heading: Word[]): Word[] | null {
  const window = heading.length + 40;
  const out: Word[] = [];
  let j = 0;
  for (let i = 0; i < all.length; i++) {
    if (j < heading.length && i < window && all[i].key === heading[j].key) j++;
    else out.push(all[i]);
  }
  return j === heading.length ? out : null;
}

/** BULLET_ONLY's characters: a token of only these is layout (all of them are in the BMP). */
const BULLET_CHARS = '-‐‑–—•·*▪◦‣○●■□➢►>+';
/** The last characters the URL and hyphenation tests below can match: most words end otherwise. */
const URL_ENDS = '/_.=?&#-';
const HYPHENS = '-‐‑';

/**
 * The words of a piece of notice text. `isHeadingStart` strips a heading number at
 * the very start (a segment begins with its heading).
 */
export function wordsOf(text: string, isHeadingStart = false): Word[] {
  const words: Word[] = [];
  // the break the next word starts with: a blank line, or a line end before a bullet or after a sentence
  let gap = '';
  let bullet = false;
  const s = stripNonContent(text, isHeadingStart);
  // Each word and the whitespace before it, as s.matchAll(/(\s*)(\S+)/gu) gave them, without a
  // match array per word (wordsOf reads both whole notices of every diff).
  const token = /\S+/g;
  let end = 0;
  for (let m = token.exec(s); m; m = token.exec(s)) {
    const tok = m[0];
    gap += s.slice(end, m.index);
    end = m.index + tok.length;
    if (BULLET_CHARS.includes(tok[0]) && BULLET_ONLY.test(tok)) {
      if (gap.includes('\n') || words.length === 0) bullet = true;
      continue;
    }
    const prev = words[words.length - 1];
    const newline = gap.includes('\n');
    const brk: Word['brk'] =
      !newline || !prev
        ? undefined
        : /\n[ \t\u00a0]*\n/.test(gap)
          ? '\n\n'
          : bullet || /[.!?:;]["')\]]*$/.test(prev.text)
            ? '\n'
            : undefined;
    gap = '';
    bullet = false;
    const last = prev ? prev.text[prev.text.length - 1] : '';
    // a URL broken over two lines by the PDF ("…/tietosuojaselosteet/" + "datahub.pdf")
    if (
      prev &&
      URL_ENDS.includes(last) &&
      /^(?:https?:\/\/|www\.)\S*[/_.=?&#-]$/i.test(prev.text) &&
      /^[\p{L}\p{N}]/u.test(tok)
    ) {
      prev.text += tok;
      prev.key = keyOf(prev.text);
      continue;
    }
    // Rejoin a word split by hyphenation or reflow ("henkilökohtai- semman", "Chrome- selaimen"),
    // but keep a suspended compound ("sähkö- ja", "asiakas-, kielto-") apart.
    if (
      prev &&
      prev.text.length > 1 &&
      HYPHENS.includes(last) &&
      /[\p{L}\p{N}][-‐‑]$/u.test(prev.text) &&
      /^\p{Ll}/u.test(tok)
    ) {
      const lead = tok.replace(/[^\p{L}]+$/u, '').toLowerCase();
      // the second half of a suspended compound ("sähkö- ja"): the catalogue's connectors
      if (!loadCatalogue().connectors.has(lead)) {
        prev.text += tok;
        prev.key = keyOf(prev.text);
        continue;
      }
    }
    const key = keyOf(tok);
    if (key === '') continue;
    words.push(brk ? { text: tok, key, brk } : { text: tok, key });
  }
  return words;
}

/** Words as they read: single spaces, and the line and paragraph breaks they carry (not before the first). */
export function joinWords(words: readonly Word[]): string {
  let out = '';
  words.forEach((w, i) => {
    out += i === 0 ? w.text : `${w.brk ?? ' '}${w.text}`;
  });
  return out;
}

/** The words of a change's text (split at spaces and line breaks). */
export function splitWords(text: string): string[] {
  return text.split(/[ \n]+/).filter(Boolean);
}
