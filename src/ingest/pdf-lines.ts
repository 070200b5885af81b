/**
 * Cleaning pdf.js's visual lines: page furniture out, words broken at a line end
 * rejoined. Pure functions, so they can be tested without a PDF.
 */

export interface PageLine {
  text: string;
  /** 1-based page number. */
  page: number;
}

/** "3", "3/4", "- 3 -", "Sivu 3 / 4", "Page 3 of 4", "s. 3". */
const PAGE_NUMBER = /^[-–(]?\s*(?:(?:sivu|page|s\.|p\.)\s*)?\d{1,4}\s*(?:(?:\/|of|-|–|\()\s*\d{1,4}\)?)?\s*[-–)]?$/i;

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/** How many lines at each end of a page count as its header/footer zone. */
const EDGE = 2;

/**
 * Drops page numbers and running headers/footers. A line is furniture when it
 * sits in the top or bottom edge of a page and the same text (digits ignored, so
 * "Sivu 2" and "Sivu 3" match) recurs in that edge on most pages.
 */
export function dropPageFurniture(pages: string[][]): PageLine[] {
  const key = (s: string): string => s.trim().replace(/\d+/g, '#').toLowerCase();
  const edges = pages.map((lines) => {
    const idx = lines.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
    return { top: idx.slice(0, EDGE), bottom: idx.slice(-EDGE) };
  });
  const counts = (which: 'top' | 'bottom'): Map<string, number> => {
    const m = new Map<string, number>();
    edges.forEach((e, p) => {
      for (const k of new Set(e[which].map((i) => key(pages[p][i])))) m.set(k, (m.get(k) ?? 0) + 1);
    });
    return m;
  };
  const topCounts = counts('top');
  const bottomCounts = counts('bottom');
  // With few pages one coincidence is not a pattern: then every page must repeat it.
  const needed = pages.length < 4 ? pages.length : Math.ceil(pages.length * 0.6);
  const repeated = (m: Map<string, number>, k: string): boolean => pages.length >= 2 && (m.get(k) ?? 0) >= needed;

  const out: PageLine[] = [];
  pages.forEach((lines, p) => {
    const { top, bottom } = edges[p];
    lines.forEach((text, i) => {
      const atTop = top.includes(i);
      const atBottom = bottom.includes(i);
      if ((atTop || atBottom) && isPageNumber(text)) return;
      if (atTop && repeated(topCounts, key(text))) return;
      if (atBottom && repeated(bottomCounts, key(text))) return;
      out.push({ text, page: p + 1 });
    });
  });
  return out;
}

const VOWELS = 'aeiouyäöå';

export type HyphenDecision = 'join' | 'keep' | 'leave';

const NO_CONNECTORS: ReadonlySet<string> = new Set();

/**
 * What to do with `left-` at a line end followed by `right` on the next line:
 * join (`henkilökohtai-`+`semman`), keep the hyphen but pull the word together
 * (`tietosuoja-`+`asetusta`, `litmanen-`+`tuomi@issoy.fi`), or leave the lines as
 * they are (`sähkö-`+`ja`). `text` is the whole document, used as evidence.
 */
export function hyphenDecision(
  left: string,
  right: string,
  leftIsFirstWord: boolean,
  text: string | HyphenEvidence = '',
  connectors: ReadonlySet<string> = NO_CONNECTORS,
): HyphenDecision {
  const l = left.replace(/^[("'”“‘’«[]+/, '');
  const r = right.replace(/[)"'”“‘’»\].,;:!?]+$/, '');
  if (l === '' || r === '') return 'leave';
  // a dangling `sähkö-` before a connector is a suspended compound: `sähkö- ja kaasu…`
  if (connectors.has(r.toLowerCase())) return 'leave';
  if (!/\p{L}$/u.test(l)) return 'leave';
  if (/[@/]|:\/\/|^www\./i.test(l + r) || /\.\p{L}/u.test(l)) return 'keep';
  if (/\d/.test(l) || /^\d/.test(r)) return 'keep';
  if (!/^\p{L}/u.test(r)) return 'leave';
  if (/^\p{Lu}/u.test(r)) return 'keep';
  // A capitalised word mid-sentence is a name (`Chrome-selaimen`); an all-caps one
  // an abbreviation (`EU-alueen`). At the start of a line it may just open a sentence.
  if (/^\p{Lu}{2,}$/u.test(l)) return 'keep';
  if (/^\p{Lu}/u.test(l) && !leftIsFirstWord) return 'keep';
  const a = l.slice(-1).toLowerCase();
  const b = r[0].toLowerCase();
  if (a === b && VOWELS.includes(a)) return 'keep';
  const evidence = typeof text === 'string' ? (text ? new HyphenEvidence(text) : null) : text;
  return evidence?.decide(l, r) ?? 'join';
}

/** Longest piece of a word the evidence index keeps; a longer `left-right` finds no evidence. */
const EVIDENCE_CHARS = 64;

/**
 * The writer's own spelling elsewhere in the document, indexed once: every word (split at
 * whitespace, lower-cased) from its start and from each letter that follows a non-letter
 * (`(tietosuoja-asetus` is found as `tietosuoja-asetus` and as `asetus`), sorted, so that
 * a break asks a binary search instead of scanning the document. The text used to be
 * lower-cased and searched again for every hyphenated line: quadratic in the lines.
 */
export class HyphenEvidence {
  /** every piece, sorted (UTF-16 order, as `<` compares) */
  private pieces: string[] = [];
  /** the pieces that do not follow a hyphen, sorted */
  private free: string[] = [];
  private text: string | null;

  /** The index is built on the first question: most PDFs never ask one. */
  constructor(text: string) {
    this.text = text;
  }

  private build(): void {
    const text = this.text ?? '';
    this.text = null;
    const words = /\S+/g;
    for (let m = words.exec(text.toLowerCase()); m; m = words.exec(m.input)) {
      const word = m[0];
      this.pieces.push(word.slice(0, EVIDENCE_CHARS));
      this.free.push(word.slice(0, EVIDENCE_CHARS));
      if (ONLY_LETTERS.test(word)) continue;
      const starts = /[^\p{L}][\p{L}\p{N}]/gu;
      for (let s = starts.exec(word); s; s = starts.exec(word)) {
        const piece = word.slice(s.index + 1, s.index + 1 + EVIDENCE_CHARS);
        this.pieces.push(piece);
        if (s[0][0] !== '-') this.free.push(piece);
        starts.lastIndex = s.index + 1;
      }
    }
    // A document repeats its words: each is sorted once.
    this.pieces = [...new Set(this.pieces)].sort();
    this.free = [...new Set(this.free)].sort();
  }

  /** `keep` when the document writes `left-right` (or `left-` before another word), `join` when it writes `leftright`. */
  decide(left: string, right: string): HyphenDecision | null {
    if (this.text !== null) this.build();
    const lw = left.toLowerCase();
    const rw = right.toLowerCase();
    if (this.hasPrefix(`${lw}-${rw}`)) return 'keep';
    if (this.hasPrefix(`${lw}${rw}`)) return 'join';
    // `online-` written as a hyphenated prefix elsewhere (`online-palvelu`), not inside a longer compound.
    const prefix = `${lw}-`;
    if (prefix.length >= EVIDENCE_CHARS) return null;
    // Few pieces share a prefix; the scan stops after a handful either way.
    for (let k = lowerBound(this.free, prefix), seen = 0; k < this.free.length && seen < 50; k++, seen++) {
      const piece = this.free[k];
      if (!piece.startsWith(prefix)) break;
      if (isLetter(piece[prefix.length] ?? '')) return 'keep';
    }
    return null;
  }

  private hasPrefix(needle: string): boolean {
    if (needle.length > EVIDENCE_CHARS) return false;
    const k = lowerBound(this.pieces, needle);
    return k < this.pieces.length && this.pieces[k].startsWith(needle);
  }
}

/** First index of a sorted array whose string is not below `needle`. */
function lowerBound(sorted: string[], needle: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < needle) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ONLY_LETTERS = /^\p{L}+$/u;
const isLetter = (c: string): boolean => /\p{L}/u.test(c);

/** A hyphen at the end of a line, with whatever spaces or tabs the PDF left after it. */
const LINE_END_HYPHEN = /(^|\s)(\S*\p{L})([-\u2010\u00AD])$/u;
/** What a PDF may leave after the hyphen: spaces, tabs, and invisible characters that normalise() drops later. */
const TRAILING = /[\s\u200B-\u200D\u2060\uFEFF]/;
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Rejoins words broken at a line end; a line emptied by the move is dropped. */
export function rejoinHyphenation(lines: PageLine[], connectorWords: readonly string[] = []): PageLine[] {
  const connectors = new Set(connectorWords.map((w) => w.toLowerCase()));
  const out = lines.map((l) => ({ ...l }));
  // The evidence is the document as extracted, with the line-end breaks themselves taken out.
  const evidence = new HyphenEvidence(out.map((l) => trimTrailing(l.text).replace(/[-\u2010\u00AD]$/, ' ')).join('\n'));
  const dropped = new Uint8Array(out.length);
  for (let i = 0; i < out.length - 1; i++) {
    // A line emptied by the move is gone: the line after it is not joined to anything.
    if (dropped[i]) continue;
    const cur = trimTrailing(out[i].text);
    const m = LINE_END_HYPHEN.exec(cur);
    if (!m) continue;
    const next = out[i + 1].text;
    const n = /^\s*(\S+)/.exec(next);
    if (!n) continue;
    const leftIsFirstWord = cur.slice(0, m.index + m[1].length).trim() === '';
    // A soft hyphen only ever marks where a word was broken.
    const decision =
      m[3] === '\u00AD' && /^\p{Ll}/u.test(n[1])
        ? 'join'
        : hyphenDecision(m[2], n[1], leftIsFirstWord, evidence, connectors);
    if (decision === 'leave') continue;
    // The hyphen kept is always the ASCII one, as the document writes its compounds.
    const head = decision === 'join' ? cur.slice(0, -1) : `${cur.slice(0, -1)}-`;
    // Punctuation stuck to the fragment (`tuomi@issoy.fi)`) moves up with it.
    out[i].text = head + n[1];
    out[i + 1].text = next.slice(n[0].length).trimStart();
    if (out[i + 1].text === '') dropped[i + 1] = 1;
  }
  return out.filter((_, i) => !dropped[i]);
}
