/**
 * Alignment by canonical section, not by line. Each notice is a list of segments with
 * canonical ids; ids that one notice's headings combine ("Tietojen luovutukset ja
 * tietojen siirto EU:n tai ETA:n ulkopuolelle" = disclosures + transfers) and the other
 * keeps apart are tied into one unit (union-find over the ids of every segment on both
 * sides), so the same text is compared with the same text whichever way it is headed.
 */
import type { Notice } from '../model/notice.js';
import { withoutHeading, wordsOf, type Word } from '../segment/words.js';

export interface Part {
  ids: string[];
  heading: string | null;
  line: number;
  order: number;
  /** heading and content */
  words: Word[];
  /** content only (after the heading) */
  content: Word[];
}

export interface Side {
  ids: string[];
  parts: Part[];
  words: Word[];
  content: Word[];
  heading: string | null;
  line: number;
  order: number;
}

export interface AlignedUnit {
  ids: string[];
  old: Side | null;
  new: Side | null;
}

export function partsOf(notice: Notice): Part[] {
  const parts: Part[] = [];
  for (const [order, s] of notice.segments.entries()) {
    const isHeading = s.heading !== null;
    const all = wordsOf(notice.text.slice(s.start, s.end), isHeading);
    if (!isHeading && all.length === 0) continue; // a blank preamble is no section
    // Heading first, then the content: the same whatever the layout put them.
    const head = s.heading ? wordsOf(s.heading, true) : [];
    const content = withoutHeading(all, head) ?? wordsOf(notice.text.slice(s.contentStart, s.end));
    // the heading on its own line, the content after it
    if (head.length && content.length) content[0] = { ...content[0], brk: '\n' };
    parts.push({ ids: s.ids, heading: s.heading, line: s.startLine, order, words: [...head, ...content], content });
  }
  return parts;
}

/**
 * `links` ties an old part to a new part beyond their ids: when one notice's segmenter
 * saw a heading where the other's did not, the same words sit under different ids, and
 * the two parts must be compared together (see `segmentationLinks`).
 */
export function align(oldParts: Part[], newParts: Part[], links: [number, number][] = []): AlignedUnit[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const p of [...newParts, ...oldParts]) {
    p.ids.forEach(add);
    for (const id of p.ids.slice(1)) {
      const ra = find(p.ids[0]);
      const rb = find(id);
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  for (const [o, n] of links) {
    const ra = find(oldParts[o].ids[0]);
    const rb = find(newParts[n].ids[0]);
    if (ra !== rb) parent.set(rb, ra);
  }
  // units keyed by their root, ids in order of first appearance (new notice first)
  const byRoot = new Map<string, AlignedUnit>();
  for (const id of parent.keys()) {
    const root = find(id);
    let u = byRoot.get(root);
    if (!u) byRoot.set(root, (u = { ids: [], old: null, new: null }));
    u.ids.push(id);
  }
  // each part's ids are all in one unit (tied above): the parts go to their units in one pass, in order
  const oldOf = new Map<AlignedUnit, Part[]>();
  const newOf = new Map<AlignedUnit, Part[]>();
  const group = (parts: Part[], into: Map<AlignedUnit, Part[]>) => {
    for (const p of parts) {
      if (p.ids.length === 0) continue;
      const u = byRoot.get(find(p.ids[0]))!;
      const list = into.get(u);
      if (list) list.push(p);
      else into.set(u, [p]);
    }
  };
  group(oldParts, oldOf);
  group(newParts, newOf);
  for (const u of byRoot.values()) {
    u.old = sideOf(oldOf.get(u) ?? []);
    u.new = sideOf(newOf.get(u) ?? []);
  }
  return [...byRoot.values()];
}

function sideOf(parts: Part[]): Side | null {
  if (parts.length === 0) return null;
  // each further part (a heading tied into this unit) starts a paragraph
  parts = parts.map((p, k) => {
    if (k === 0 || p.words.length === 0) return p;
    const words = p.words.slice();
    words[0] = { ...words[0], brk: '\n\n' };
    return { ...p, words };
  });
  const ids = [...new Set(parts.flatMap((p) => p.ids))];
  const headings = parts.map((p) => p.heading).filter((h): h is string => h !== null);
  return {
    ids,
    parts,
    words: concatWords(parts, 'words'),
    content: concatWords(parts, 'content'),
    heading: headings.length ? headings.join(' / ') : null,
    line: parts[0].line,
    order: parts[0].order,
  };
}

/**
 * Where the two segmentations disagree. Both notices' words are diffed as a whole
 * (bounded); when the first words of a part (its heading and what follows) are found
 * inside a part of the other notice that shares none of its ids, one of the two
 * segmenters missed or misread a heading there, and the parts are linked. A heading
 * found under its own ids on the other side links nothing, so a paragraph really moved
 * from one section to the next still shows as a change.
 */
export function segmentationLinks(oldParts: Part[], newParts: Part[], matches: Int32Array): [number, number][] {
  const oldOwner = owners(oldParts);
  const newOwner = owners(newParts);
  const back = new Int32Array(newOwner.length).fill(-1);
  matches.forEach((n, o) => {
    if (n >= 0) back[n] = o;
  });
  const links: [number, number][] = [];
  const scan = (parts: Part[], otherParts: Part[], map: Int32Array, otherOwner: Int32Array, flip: boolean) => {
    let offset = 0;
    parts.forEach((p, k) => {
      const head = p.words.length - p.content.length;
      const lead = Math.min(p.words.length, head + 2);
      const hits = new Map<number, number>();
      for (let i = offset; i < offset + lead; i++) {
        const m = map[i];
        if (m < 0) continue;
        const q = otherOwner[m];
        if (otherParts[q].ids.some((id) => p.ids.includes(id))) continue;
        hits.set(q, (hits.get(q) ?? 0) + 1);
      }
      for (const [q, count] of hits) {
        if (head > 0 && count >= Math.min(lead, 3)) links.push(flip ? [q, k] : [k, q]);
      }
      offset += p.words.length;
    });
  };
  scan(oldParts, newParts, matches, newOwner, false);
  scan(newParts, oldParts, back, oldOwner, true);
  return links;
}

/**
 * The parts' words (or content) in one list, as parts.flatMap(p => p[which]): with the
 * built-in concat, which copies in native code, where flatMap's generic path (and a loop
 * before V8 optimises it) takes tens of nanoseconds a word, on lists of whole notices. The
 * lists go to concat a few thousand at a time, so that no call has more arguments than that.
 */
export function concatWords(parts: readonly Part[], which: 'words' | 'content'): Word[] {
  const lists = parts.map((p) => p[which]);
  let out: Word[] = [];
  for (let k = 0; k < lists.length; k += CONCAT_CHUNK) out = out.concat(...lists.slice(k, k + CONCAT_CHUNK));
  return out;
}

const CONCAT_CHUNK = 4096;

function owners(parts: Part[]): Int32Array {
  const total = parts.reduce((n, p) => n + p.words.length, 0);
  const owner = new Int32Array(total);
  let i = 0;
  parts.forEach((p, k) => {
    for (let j = 0; j < p.words.length; j++) owner[i++] = k;
  });
  return owner;
}
