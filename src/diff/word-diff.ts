/**
 * A bounded word diff. jsdiff's Myers diff is O((N+M)·D): fine for two versions of
 * one notice, hopeless for two unrelated long texts. So the word diff runs under a
 * time limit (jsdiff `timeout`) and an edit limit (`maxEditLength`); when it gives up,
 * a sentence diff (far fewer tokens) runs under its own limit; when that gives up too,
 * the differing middle is reported as one deletion and one insertion. Common prefix
 * and suffix are always matched word by word first, so a long notice with a change
 * near one end stays precise.
 */
import { diffArrays } from 'diff';
import { joinWords, keyOf as keyOfWord, splitWords, type Word } from '../segment/words.js';
import { firstWords } from './edits.js';
import type { Change, ChangeType, Granularity } from './types.js';

export interface Budget {
  /** Date.now() value after which only the coarse fallbacks run */
  deadline: number;
}

export interface WordDiff {
  changes: Change[];
  granularity: Granularity;
  equalWords: number;
  inserted: number;
  deleted: number;
}

/** Most of a word diff may take, per unit (ms); the sentence diff gets half of it. */
const WORD_TIMEOUT_MS = 400;
const SENTENCE_TIMEOUT_MS = 200;
/** Below this bag-of-words overlap two long texts are unrelated: skip the word level. */
const UNRELATED_OVERLAP = 0.2;
const LONG = 400;

class Builder {
  readonly changes: Change[] = [];
  equalWords = 0;
  inserted = 0;
  deleted = 0;
  push(type: ChangeType, words: Word[]): void {
    if (words.length === 0) return;
    if (type === 'equal') this.equalWords += words.length;
    else if (type === 'insert') this.inserted += words.length;
    else this.deleted += words.length;
    const last = this.changes[this.changes.length - 1];
    const text = joinWords(words);
    if (last && last.type === type) {
      last.text += `${words[0].brk ?? ' '}${text}`;
      last.words += words.length;
    } else
      this.changes.push(
        words[0].brk ? { type, text, words: words.length, brk: words[0].brk } : { type, text, words: words.length },
      );
  }
}

export function diffWords(a: Word[], b: Word[], budget: Budget): WordDiff {
  const out = new Builder();
  // common prefix and suffix, word by word
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre].key === b[pre].key) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf].key === b[b.length - 1 - suf].key) suf++;
  out.push('equal', b.slice(0, pre));
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  let granularity: Granularity = 'word';
  if (midA.length === 0 || midB.length === 0) {
    out.push('delete', midA);
    out.push('insert', midB);
  } else {
    granularity = diffMiddle(midA, midB, budget, out);
  }
  out.push('equal', b.slice(b.length - suf));
  // present a replacement as deletion then insertion
  return {
    changes: orderReplacements(out.changes),
    granularity,
    equalWords: out.equalWords,
    inserted: out.inserted,
    deleted: out.deleted,
  };
}

function diffMiddle(a: Word[], b: Word[], budget: Budget, out: Builder): Granularity {
  const remaining = () => Math.max(0, budget.deadline - Date.now());
  const long = a.length + b.length > LONG;
  if (!(long && !overlapsAtLeast(a, b, UNRELATED_OVERLAP)) && remaining() > 0) {
    const parts = diffArrays(
      a.map((w) => w.key),
      b.map((w) => w.key),
      { timeout: Math.min(WORD_TIMEOUT_MS, remaining()), maxEditLength: Math.max(64, a.length + b.length) },
    );
    if (parts) {
      for (const r of runsOf(parts))
        out.push(r.type, r.type === 'delete' ? a.slice(r.i, r.i + r.count) : b.slice(r.j, r.j + r.count));
      return 'word';
    }
  }
  // coarser: sentence by sentence
  const sa = sentences(a);
  const sb = sentences(b);
  if (remaining() > 0) {
    const parts = diffArrays(
      sa.map((s) => s.key),
      sb.map((s) => s.key),
      { timeout: Math.min(SENTENCE_TIMEOUT_MS, remaining()), maxEditLength: Math.max(16, sa.length + sb.length) },
    );
    if (parts) {
      for (const r of runsOf(parts)) {
        for (const sentence of r.type === 'delete' ? sa.slice(r.i, r.i + r.count) : sb.slice(r.j, r.j + r.count))
          out.push(r.type, sentence.words);
      }
      return 'sentence';
    }
  }
  out.push('delete', a);
  out.push('insert', b);
  return 'block';
}

interface Run {
  type: ChangeType;
  /** where the run starts in the first (i) and second (j) list */
  i: number;
  j: number;
  count: number;
}

/** jsdiff's parts with the position of each run in both lists (one walk for every level). */
function* runsOf(parts: { added?: boolean; removed?: boolean; count: number }[]): Generator<Run> {
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const type: ChangeType = p.added ? 'insert' : p.removed ? 'delete' : 'equal';
    yield { type, i, j, count: p.count };
    if (type !== 'insert') i += p.count;
    if (type !== 'delete') j += p.count;
  }
}

interface Sentence {
  key: string;
  words: Word[];
}

function sentences(words: Word[]): Sentence[] {
  const list: Sentence[] = [];
  let cur: Word[] = [];
  for (const w of words) {
    cur.push(w);
    if (endsSentence(w.text)) {
      list.push({ key: cur.map((x) => x.key).join(' '), words: cur });
      cur = [];
    }
  }
  if (cur.length) list.push({ key: cur.map((x) => x.key).join(' '), words: cur });
  return list;
}

const CLOSERS = '"\')]';
const ENDS = '.!?;:';

/** A word that ends a sentence or a clause: `.` `!` `?` `;` `:` before any closing quotes and brackets (/[.!?;:]["')\]]*$/). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && ENDS.includes(text[i]);
}

/** Dice coefficient of the two word multisets, 0..1 (linear time). */
export function bagOverlap(a: Word[], b: Word[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w.key);
    if (c) {
      common++;
      counts.set(w.key, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * bagOverlap(a, b) >= min, told as soon as it is sure: the two lists are read side by side,
 * each word matched with an unmatched one of the other list as it comes, so `common` grows
 * to the same multiset intersection bagOverlap counts, and two versions of one notice pass
 * the 0.2 of "unrelated" after a tenth of their words instead of after all of both.
 */
export function overlapsAtLeast(a: Word[], b: Word[], min: number): boolean {
  const n = a.length + b.length;
  if (n === 0) return 1 >= min;
  // per key: words of a not yet matched (> 0), or of b (< 0)
  const unmatched = new Map<string, number>();
  let common = 0;
  for (let i = 0; i < a.length || i < b.length; i++) {
    if (i < a.length) {
      const c = unmatched.get(a[i].key) ?? 0;
      unmatched.set(a[i].key, c + 1);
      if (c < 0 && (2 * ++common) / n >= min) return true;
    }
    if (i < b.length) {
      const c = unmatched.get(b[i].key) ?? 0;
      unmatched.set(b[i].key, c - 1);
      if (c > 0 && (2 * ++common) / n >= min) return true;
    }
  }
  return (2 * common) / n >= min;
}

/** jsdiff may emit insert before delete; readers expect the old words first. */
function orderReplacements(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    const next = changes[k + 1];
    if (c.type === 'insert' && next?.type === 'delete') {
      out.push(next, c);
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * Which old word each new word matches in a bounded diff of two whole word lists
 * (index into `b`, or -1), or null when the bound was hit.
 *
 * Where several longest matchings exist, Myers picks one by the order of its
 * arguments, so diff(A, B) and diff(B, A) could link different sections. The lists are
 * therefore always diffed in one canonical order and the matching is read backwards
 * when needed: swapping the notices mirrors the result exactly.
 */
export function matchWords(a: Word[], b: Word[], budget: Budget): Int32Array | null {
  const remaining = Math.max(0, budget.deadline - Date.now());
  if (remaining === 0) return null;
  if (a.length + b.length > LONG && !overlapsAtLeast(a, b, UNRELATED_OVERLAP)) return null;
  const swap = compareWordLists(a, b) > 0;
  const [x, y] = swap ? [b, a] : [a, b];
  const parts = diffArrays(
    x.map((w) => w.key),
    y.map((w) => w.key),
    {
      timeout: Math.min(WORD_TIMEOUT_MS, remaining),
      maxEditLength: Math.max(64, Math.ceil((a.length + b.length) / 2)),
    },
  );
  if (!parts) return null;
  const out = new Int32Array(a.length).fill(-1);
  for (const r of runsOf(parts)) {
    if (r.type !== 'equal') continue;
    for (let k = 0; k < r.count; k++) {
      if (swap) out[r.j + k] = r.i + k;
      else out[r.i + k] = r.j + k;
    }
  }
  return out;
}

/** A total order on word lists: by length, then by the first differing word. */
function compareWordLists(a: Word[], b: Word[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let k = 0; k < a.length; k++) if (a[k].key !== b[k].key) return a[k].key < b[k].key ? -1 : 1;
  return 0;
}

/**
 * A run of heading words deleted in one place and inserted a few words away is layout
 * (a table row that wraps the heading around the first content words), not an edit:
 * the pair becomes one unchanged run at the new place.
 */
export function absorbDisplacedHeadings(d: WordDiff, headingKeys: Set<string>, reach = 40): WordDiff {
  const keysOf = (c: Change) => splitWords(c.text).map(keyOfWord).join(' ');
  const changes = d.changes.map((c) => ({ ...c }));
  const drop = new Set<number>();
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    if (c.type === 'equal' || drop.has(k)) continue;
    // a long change is no displaced heading: told from its first seven words, not all of them
    if (firstWords(c.text, 7).length > 6) continue;
    const words = splitWords(c.text).map(keyOfWord);
    if (!words.every((w) => headingKeys.has(w))) continue;
    const want = words.join(' ');
    const other = c.type === 'delete' ? 'insert' : 'delete';
    let dist = 0;
    for (let m = k + 1; m < changes.length && dist <= reach; m++) {
      const x = changes[m];
      if (!drop.has(m) && x.type === other && keysOf(x) === want) {
        const ins = c.type === 'insert' ? k : m;
        drop.add(c.type === 'delete' ? k : m);
        changes[ins].type = 'equal';
        break;
      }
      dist += x.words;
    }
  }
  if (drop.size === 0) return d;
  const merged: Change[] = [];
  let equalWords = 0;
  let inserted = 0;
  let deleted = 0;
  changes.forEach((c, k) => {
    if (drop.has(k)) return;
    if (c.type === 'equal') equalWords += c.words;
    else if (c.type === 'insert') inserted += c.words;
    else deleted += c.words;
    const last = merged[merged.length - 1];
    if (last && last.type === c.type) {
      last.text += `${c.brk ?? ' '}${c.text}`;
      last.words += c.words;
    } else merged.push(c);
  });
  return { ...d, changes: merged, equalWords, inserted, deleted };
}
