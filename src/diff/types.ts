/**
 * The result type of `seloste diff`: every renderer (text, unified, json, html)
 * consumes it and nothing else. Field names of `DiffSectionRow` and `DiffSummary`
 * are the JSON contract (SPEC §6).
 */
import type { Format } from '../model/notice.js';
import type { Substance } from '../model/substance.js';

/** "What changed in substance" is made by compare's key facts and lint's findings (src/compare/substance.ts). */
export type { Substance, SubstanceFinding } from '../model/substance.js';

export type ChangeType = 'equal' | 'insert' | 'delete';
export type SectionStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved';

export interface Change {
  type: ChangeType;
  /** the words of the run, joined with single spaces, and "\n" / "\n\n" where a line or paragraph starts */
  text: string;
  /** number of words in the run */
  words: number;
  /** the run starts a line ("\n") or a paragraph ("\n\n") */
  brk?: '\n' | '\n\n';
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
  /** 1-based place among the notice's sections (the text before the first heading not counted; 0 for that text) */
  position: number;
}

/**
 * One aligned unit: the old and new text of a set of canonical ids that the two
 * notices' headings tie together (a combined heading "A ja B" on one side and A, B
 * as separate headings on the other make one unit {A, B}). Renderers show units;
 * JSON lists each id once, pointing at its unit. The status says which sides exist:
 * an added unit has only a new side, a removed one only an old side, every other
 * status both — so code that narrows on the status needs no non-null assertion.
 */
export type DiffUnit = UnitBody &
  (
    | { status: 'added'; old: null; new: SideInfo }
    | { status: 'removed'; old: SideInfo; new: null }
    | { status: 'changed' | 'unchanged' | 'moved'; old: SideInfo; new: SideInfo }
  );

/** A unit present in both notices. */
export type PairedUnit = Extract<DiffUnit, { old: SideInfo; new: SideInfo }>;

interface UnitBody {
  ids: string[];
  oldIds: string[];
  newIds: string[];
  /** also moved, but with changed content (status is then "changed") */
  moved: boolean;
  similarity: number;
  granularity: Granularity;
  changes: Change[];
  wordsInserted: number;
  wordsDeleted: number;
}

export const isPaired = (u: DiffUnit): u is PairedUnit => u.old !== null && u.new !== null;

/** The side a unit is read from: the new one where it exists, else the old one. */
export const shownSide = (u: DiffUnit): SideInfo => u.new ?? u.old;

export interface DiffSectionRow {
  id: string;
  status: SectionStatus;
  oldHeading: string | null;
  newHeading: string | null;
  similarity: number;
  changes: { type: ChangeType; text: string }[];
  /** present (true) only when a changed section also moved */
  moved?: boolean;
  /** index of the section as shown and counted (ids under one combined heading share it) */
  unit: number;
  /** for a section that moved: its place among the sections in the old and the new notice */
  position?: { old: number; new: number };
  /** for a changed section: each replacement with a few words of context */
  edits?: { before: string; deleted: string; inserted: string; after: string }[];
}

/** A line of the unified view: a heading, or a sentence / line of a section's content. */
export interface TextLine {
  text: string;
  /** what is compared (the words' keys) */
  key: string;
  /** the section ids of the unit it belongs to */
  ids: string[];
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
  /** both notices as lines (headings, sentences, list items), for the unified view */
  lines: { old: TextLine[]; new: TextLine[] };
  /** set by the caller that linted both notices (the CLI): what changed in substance */
  substance?: Substance;
}

export function hasDifferences(result: DiffResult): boolean {
  return result.units.some((u) => u.status !== 'unchanged');
}
