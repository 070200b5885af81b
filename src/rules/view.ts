/**
 * What a rule sees of a notice: its sections by canonical id, the content of each
 * (heading excluded, leftover markup ignored when judging emptiness), and the
 * words of the text, tokenised once and shared by every rule.
 */
import type { Notice, Segment } from '../model/notice.js';

export interface SectionView {
  id: string;
  segment: Segment;
  /** [start, end) of the content, after the heading */
  content: [number, number];
  /** [start, end) of the heading as written */
  heading: [number, number];
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The notice's words as numbers: `ids[k]` is the number of `words[k]`'s lower-cased form,
 * `lowers[id]` that form (numbered in order of first use), `idOf` the way back. A rule that
 * judges each distinct word once, or counts words, does so by number: one lookup of a
 * string per word for all the rules, not several in each.
 */
export interface WordIndex {
  ids: Int32Array;
  lowers: string[];
  idOf: ReadonlyMap<string, number>;
}

const WORD = /[\p{L}][\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)*/gu;
/** The characters whose lower case is longer than they are (İ) or depends on their neighbours (Σ). */
const CONTEXT_CASED = /[\u0130\u03a3]/;

export class NoticeView {
  private wordsCache?: Word[];
  private indexCache?: WordIndex;
  private readonly byId = new Map<string, SectionView[]>();

  constructor(readonly notice: Notice) {
    for (const segment of notice.segments) {
      for (const id of segment.ids) {
        const headStart = segment.start + leadingSpace(notice.text, segment.start, segment.contentStart);
        const view: SectionView = {
          id,
          segment,
          content: [segment.contentStart, segment.end],
          heading: [headStart, Math.max(headStart, segment.contentStart)],
        };
        let list = this.byId.get(id);
        if (!list) this.byId.set(id, (list = []));
        list.push(view);
      }
    }
  }

  get text(): string {
    return this.notice.text;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  sections(ids?: readonly string[]): SectionView[] {
    if (!ids) return [...this.byId.values()].flat().sort((a, b) => a.segment.start - b.segment.start);
    return ids.flatMap((id) => this.byId.get(id) ?? []);
  }

  contentText(view: SectionView): string {
    return this.text.slice(view.content[0], view.content[1]);
  }

  /** The canonical section an offset falls in (the first id of a combined heading), or null. */
  sectionAt(offset: number): string | null {
    // Segments tile the text in order: binary search.
    const segs = this.notice.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < segs[mid].start) hi = mid - 1;
      else if (offset >= segs[mid].end) lo = mid + 1;
      else return segs[mid].ids[0] === 'preamble' ? null : segs[mid].ids[0];
    }
    return null;
  }

  /** The ranges a rule scoped to `ids` should read; the whole text when `ids` is undefined. */
  scopeRanges(ids?: readonly string[]): [number, number][] {
    if (!ids) return [[0, this.text.length]];
    return this.sections(ids).map((s) => s.content);
  }

  get words(): Word[] {
    if (!this.wordsCache) {
      const text = this.text;
      // The whole text lower-cased once, each word's form cut from it: the same as lower-casing
      // each word alone unless the text has İ (lower-cased it becomes two characters and moves
      // every later offset) or Σ (whose lower case depends on the letters around it).
      const lowered = CONTEXT_CASED.test(text) ? null : text.toLowerCase();
      const words: Word[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        words.push({ text: m[0], lower: lowered === null ? m[0].toLowerCase() : lowered.slice(start, end), start, end });
      }
      this.wordsCache = words;
    }
    return this.wordsCache;
  }
  get wordIndex(): WordIndex {
    return (this.indexCache ??= indexOf(this.words));
  }

}

function indexOf(words: readonly Word[]): WordIndex {
  const ids = new Int32Array(words.length);
  const lowers: string[] = [];
  const idOf = new Map<string, number>();
  for (let k = 0; k < words.length; k++) {
    let id = idOf.get(words[k].lower);
    if (id === undefined) {
      id = lowers.length;
      idOf.set(words[k].lower, id);
      lowers.push(words[k].lower);
    }
    ids[k] = id;
  }
  return { ids, lowers, idOf };
}

function leadingSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i - from;
}

/** A section is empty when nothing but whitespace, punctuation and leftover tags follows its heading. */
export function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text.replace(/<[^>]*>/g, ''));
}
