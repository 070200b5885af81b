/**
 * `seloste diff`: two Notices in, one DiffResult out (no I/O). Sections are aligned by
 * canonical id, diffed word by word (bounded), and classified as added, removed,
 * changed, unchanged or moved: same content at another place (section order), or
 * under another heading (a section removed here and added there with the same words).
 */
import type { Notice } from '../model/notice.js';
import { align, concatWords, partsOf, segmentationLinks, type AlignedUnit, type Part, type Side } from './align.js';
import { editsOf } from './edits.js';
import {
  isPaired,
  type DiffResult,
  type DiffSectionRow,
  type DiffSummary,
  type DiffUnit,
  type PairedUnit,
  type SectionStatus,
  type SideInfo,
  type TextLine,
} from './types.js';
import { joinWords, type Word } from '../segment/words.js';
import { absorbDisplacedHeadings, bagOverlap, diffWords, endsSentence, matchWords, type Budget } from './word-diff.js';

export type {
  DiffResult,
  DiffUnit,
  PairedUnit,
  DiffSectionRow,
  DiffSummary,
  Change,
  SectionStatus,
  Substance,
  SubstanceFinding,
  TextLine,
} from './types.js';
export { editsOf, type Edit } from './edits.js';
export { hasDifferences } from './types.js';
export { RENDERERS, type DiffRenderOptions } from './render/index.js';

export interface DiffOptions {
  /** total time for all word diffs (ms) before the coarse fallbacks take over */
  budgetMs?: number;
  /** content overlap from which a removed and an added section are the same section moved */
  moveThreshold?: number;
}

const DEFAULT_BUDGET_MS = 1200;
const DEFAULT_MOVE_THRESHOLD = 0.8;

export function diffNotices(oldNotice: Notice, newNotice: Notice, options: DiffOptions = {}): DiffResult {
  const budget: Budget = { deadline: Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS) };
  const oldParts = partsOf(oldNotice);
  const newParts = partsOf(newNotice);
  const matches = matchWords(concatWords(oldParts, 'words'), concatWords(newParts, 'words'), budget);
  const links = matches ? segmentationLinks(oldParts, newParts, matches) : [];
  const aligned = pairMovedHeadings(align(oldParts, newParts, links), options.moveThreshold ?? DEFAULT_MOVE_THRESHOLD);
  const units = aligned.map((u) => compareUnit(u, budget));
  markReordered(units);
  const ordered = orderForReading(units);
  numberPositions(ordered);
  const sections = rowsOf(ordered);
  // Both notices as lines only for who reads them (the unified view): made on first use, once.
  let lines: DiffResult['lines'] | undefined;
  return {
    old: { file: oldNotice.file, format: oldNotice.format },
    new: { file: newNotice.file, format: newNotice.format },
    units: ordered,
    sections,
    summary: summarise(ordered, sections),
    get lines() {
      return (lines ??= { old: linesOf(oldParts), new: linesOf(newParts) });
    },
    set lines(value) {
      lines = value;
    },
  };
}

/** Removed and added units with (nearly) the same content are one section under another heading. */
function pairMovedHeadings(units: AlignedUnit[], threshold: number): AlignedUnit[] {
  const removed = units.filter((u) => u.old && !u.new && u.old.content.length >= 3);
  const added = units.filter((u) => u.new && !u.old && u.new.content.length >= 3);
  if (removed.length === 0 || added.length === 0) return units;
  const pairs: { r: AlignedUnit; a: AlignedUnit; score: number }[] = [];
  for (const r of removed) {
    for (const a of added) {
      if (!r.old || !a.new) continue; // filtered above; narrows the types
      const score = bagOverlap(r.old.content, a.new.content);
      if (score >= threshold) pairs.push({ r, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const used = new Set<AlignedUnit>();
  const merged = new Map<AlignedUnit, AlignedUnit>();
  for (const { r, a } of pairs) {
    if (used.has(r) || used.has(a)) continue;
    used.add(r).add(a);
    const unit: AlignedUnit = { ids: [...a.ids, ...r.ids.filter((id) => !a.ids.includes(id))], old: r.old, new: a.new };
    merged.set(a, unit);
  }
  return units.filter((u) => !used.has(u) || merged.has(u)).map((u) => merged.get(u) ?? u);
}

function compareUnit(u: AlignedUnit, budget: Budget): DiffUnit {
  const base = {
    ids: u.ids,
    oldIds: u.old?.ids ?? [],
    newIds: u.new?.ids ?? [],
    moved: false,
  };
  if (!u.old || !u.new) {
    const side = u.old ?? u.new;
    if (!side) throw new Error('an aligned unit has at least one side');
    const words = side.words.length;
    const one = { ...base, similarity: 0, granularity: 'word' as const };
    return u.old
      ? {
          ...one,
          status: 'removed',
          old: info(u.old),
          new: null,
          wordsInserted: 0,
          wordsDeleted: words,
          changes: words ? [{ type: 'delete', text: joinWords(side.words), words }] : [],
        }
      : {
          ...one,
          status: 'added',
          old: null,
          new: info(side),
          wordsInserted: words,
          wordsDeleted: 0,
          changes: words ? [{ type: 'insert', text: joinWords(side.words), words }] : [],
        };
  }
  const { old: before, new: after } = u;
  const headingKeys = new Set<string>();
  for (const p of [...before.parts, ...after.parts])
    for (const w of p.words.slice(0, p.words.length - p.content.length)) headingKeys.add(w.key);
  const d = absorbDisplacedHeadings(diffWords(before.words, after.words, budget), headingKeys);
  const total = before.words.length + after.words.length;
  const similarity = total === 0 ? 1 : round((2 * d.equalWords) / total);
  const headedElsewhere = !sameIds(before.ids, after.ids) && before.ids.every((id) => !after.ids.includes(id));
  let status: PairedUnit['status'] = d.inserted + d.deleted === 0 ? 'unchanged' : 'changed';
  let moved = false;
  if (headedElsewhere && status === 'changed') {
    moved = true;
    // under another heading: the content is what must be the same
    const sameContent =
      before.content.length === after.content.length && before.content.every((w, k) => w.key === after.content[k].key);
    status = sameContent ? 'moved' : 'changed';
  }
  return {
    ...base,
    old: info(before),
    new: info(after),
    status,
    moved,
    similarity,
    granularity: d.granularity,
    changes: d.changes,
    wordsInserted: d.inserted,
    wordsDeleted: d.deleted,
  };
}

/** Units on both sides whose order changed: those outside a longest increasing run moved. */
function markReordered(units: DiffUnit[]): void {
  const both = units.filter(isPaired).sort((x, y) => x.new.order - y.new.order);
  const keep = longestIncreasing(both.map((u) => u.old.order));
  both.forEach((u, k) => {
    if (keep.has(k)) return;
    u.moved = true;
    if (u.status === 'unchanged') u.status = 'moved';
  });
}

/**
 * Indices of a longest strictly increasing subsequence; among the longest, the one whose
 * members moved least (|rank in old − rank in new|), so that of two swapped sections with
 * one between them the two swapped are reported as moved, not the one in the middle.
 * O(n²) over sections, which number in the tens.
 */
function longestIncreasing(seq: number[]): Set<number> {
  const n = seq.length;
  const sorted = [...seq].sort((a, b) => a - b);
  const disp = seq.map((v, k) => Math.abs(sorted.indexOf(v) - k));
  const len = new Array<number>(n).fill(1);
  const cost = disp.slice();
  const prev = new Array<number>(n).fill(-1);
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < k; j++) {
      if (seq[j] >= seq[k]) continue;
      const l = len[j] + 1;
      const c = cost[j] + disp[k];
      if (l > len[k] || (l === len[k] && c < cost[k])) {
        len[k] = l;
        cost[k] = c;
        prev[k] = j;
      }
    }
  }
  let best = -1;
  for (let k = 0; k < n; k++)
    if (best === -1 || len[k] > len[best] || (len[k] === len[best] && cost[k] < cost[best])) best = k;
  const keep = new Set<number>();
  for (let k = best; k !== -1; k = prev[k]) keep.add(k);
  return keep;
}

/** New notice order; a removed unit right after the old unit it followed. */
function orderForReading(units: DiffUnit[]): DiffUnit[] {
  const key = new Map<DiffUnit, number>();
  for (const u of units) if (u.new) key.set(u, u.new.order);
  const byOld = units.flatMap((u) => (u.old ? [{ u, old: u.old }] : [])).sort((x, y) => x.old.order - y.old.order);
  let lastNew = -1;
  for (const { u, old } of byOld) {
    if (u.new) lastNew = u.new.order;
    else key.set(u, lastNew + 0.5 + old.order / 1e6);
  }
  const keyOf = (u: DiffUnit) => key.get(u) ?? 0; // every unit has a side, so every unit has a key
  return [...units].sort((x, y) => keyOf(x) - keyOf(y));
}

/**
 * Each unit's place among the sections of each notice (1-based, the text before the first
 * heading not counted), so a move reads "4 → 6".
 */
function numberPositions(units: DiffUnit[]): void {
  const isPreamble = (u: DiffUnit) => u.ids.length === 1 && u.ids[0] === 'preamble';
  for (const side of ['old', 'new'] as const) {
    const list = units.flatMap((u) => (u[side] && !isPreamble(u) ? [u[side]] : [])).sort((x, y) => x.order - y.order);
    list.forEach((info, k) => {
      info.position = k + 1;
    });
  }
}

function rowsOf(units: DiffUnit[]): DiffSectionRow[] {
  const rows: DiffSectionRow[] = [];
  for (const [unit, u] of units.entries()) {
    for (const id of u.ids) {
      const row: DiffSectionRow = {
        id,
        status: u.status,
        oldHeading: u.old?.heading ?? null,
        newHeading: u.new?.heading ?? null,
        similarity: u.similarity,
        changes: u.changes.map((c) => ({ type: c.type, text: c.text })),
        unit,
      };
      if (u.moved && u.status === 'changed') row.moved = true;
      if (u.moved && u.old?.position && u.new?.position) row.position = { old: u.old.position, new: u.new.position };
      if (u.status === 'changed')
        row.edits = editsOf(u.changes).map(({ before, deleted, inserted, after }) => ({
          before,
          deleted,
          inserted,
          after,
        }));
      rows.push(row);
    }
  }
  return rows;
}

/**
 * Counted as the reader sees them: one per section as headed (a unit), so the summary
 * agrees with the lines of the text view, the hunks and the sections of the HTML page
 * (two swapped sections are two moves, even when one of them has a combined heading).
 * JSON rows carry `unit` to tie each id to the section it is counted in.
 */
function summarise(units: DiffUnit[], _rows: DiffSectionRow[]): DiffSummary {
  const count = (s: SectionStatus) => units.filter((u) => u.status === s).length;
  return {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    moved: count('moved'),
    unchanged: count('unchanged'),
    wordsInserted: units.reduce((n, u) => n + u.wordsInserted, 0),
    wordsDeleted: units.reduce((n, u) => n + u.wordsDeleted, 0),
  };
}

function info(side: Side): SideInfo {
  return { heading: side.heading, line: side.line, order: side.order, position: 0 };
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The words [from, to) as one line: texts and keys each joined by single spaces. */
function lineOf(words: readonly Word[], from: number, to: number, ids: string[]): TextLine {
  let text = words[from].text;
  let key = words[from].key;
  for (let k = from + 1; k < to; k++) {
    text += ` ${words[k].text}`;
    key += ` ${words[k].key}`;
  }
  return { text, key, ids };
}

/** A notice as lines: each heading on its own, then its content cut at sentence ends and line breaks. */
function linesOf(parts: Part[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const p of parts) {
    const head = p.words.length - p.content.length;
    if (head > 0) lines.push(lineOf(p.words, 0, head, p.ids));
    const content = p.content;
    let start = 0;
    for (let k = 0; k < content.length; k++) {
      // a word that starts a line or paragraph ends the line before it
      if (content[k].brk && k > start) {
        lines.push(lineOf(content, start, k, p.ids));
        start = k;
      }
      if (endsSentence(content[k].text)) {
        lines.push(lineOf(content, start, k + 1, p.ids));
        start = k + 1;
      }
    }
    if (start < content.length) lines.push(lineOf(content, start, content.length, p.ids));
  }
  return lines;
}
