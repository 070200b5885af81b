/**
 * The result type of `seloste diff`: every renderer (text, unified, json, html)
 * consumes it and nothing else. Field names of `DiffSectionRow` and `DiffSummary`
 * are the JSON contract (SPEC §6).
 */
import type { Format } from '../model/notice.js';

export type ChangeType = 'equal' | 'insert' | 'delete';
export type SectionStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved';

export interface Change {
  type: ChangeType;
  /** the words of the run, joined with single spaces */
  text: string;
  /** number of words in the run */
  words: number;
}

/**
 * How precise the comparison of a unit is: word by word; sentence by sentence (the
 * word diff ran out of its bound); or whole block (unrelated texts, both bounds hit).
 */
export type Granularity = 'word' | 'sentence' | 'block';

export interface SideInfo {
  /** headings as written, joined with " / " when several segments take part */
  heading: string | null;
  /** 1-based first line in the normalised text */
  line: number;
  /** position of the unit in the document (0-based, in segment order) */
  order: number;
}

/**
 * One aligned unit: the old and new text of a set of canonical ids that the two
 * notices' headings tie together (a combined heading "A ja B" on one side and A, B
 * as separate headings on the other make one unit {A, B}). Renderers show units;
 * JSON lists each id once, pointing at its unit.
 */
export interface DiffUnit {
  ids: string[];
  oldIds: string[];
  newIds: string[];
  status: SectionStatus;
  /** also moved, but with changed content (status is then "changed") */
  moved: boolean;
  similarity: number;
  granularity: Granularity;
  old: SideInfo | null;
  new: SideInfo | null;
  changes: Change[];
  wordsInserted: number;
  wordsDeleted: number;
}

export interface DiffSectionRow {
  id: string;
  status: SectionStatus;
  oldHeading: string | null;
  newHeading: string | null;
  similarity: number;
  changes: { type: ChangeType; text: string }[];
  /** present (true) only when a changed section also moved */
  moved?: boolean;
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  unchanged: number;
  wordsInserted: number;
  wordsDeleted: number;
}

export interface DiffResult {
  old: { file: string; format: Format };
  new: { file: string; format: Format };
  units: DiffUnit[];
  sections: DiffSectionRow[];
  summary: DiffSummary;
}

export function hasDifferences(result: DiffResult): boolean {
  return result.units.some((u) => u.status !== 'unchanged');
}
