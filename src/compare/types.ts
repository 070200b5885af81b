/**
 * The types of `seloste compare`: what goes in (notices with their findings and lint's
 * coverage) and the Comparison every renderer reads (SPEC §7).
 */
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import type { Coverage } from '../rules/types.js';
import type { FACT_IDS, FactRules, NoticeFacts } from './facts.js';

/**
 * present: a heading with text; empty: a heading without; stated: no heading, but the text
 * states it as lint accepts it ("mainittu tekstissä"); missing: neither.
 */
export type CellStatus = 'present' | 'empty' | 'stated' | 'missing';

export interface ComparedNotice {
  file: string;
  format: string;
  label: string;
  controller: string | null;
  businessId: string | null;
  date: string | null;
}

export interface SectionCell {
  status: CellStatus;
  words: number;
  findings: number;
  /** rule ids of those findings, for the HTML tooltip and the table */
  rules: string[];
}

export interface Comparison {
  notices: ComparedNotice[];
  sections: { id: string; cells: SectionCell[] }[];
  facts: { id: (typeof FACT_IDS)[number]; values: unknown[] }[];
  /** the facts per notice, typed, for the renderers */
  noticeFacts: NoticeFacts[];
  similarity: number[][];
  /** notices (indices) that share a template: similarity at or above the threshold, transitively */
  templates: number[][];
  /** each notice's lint findings (same order as `notices`), for the findings sheet and the HTML details */
  findings: Finding[][];
  /** inputs that could not be read, with the reason said on stderr: every format lists them */
  unreadable: UnreadableInput[];
}

export interface UnreadableInput {
  file: string;
  reason: string;
}

export interface CompareInput {
  notice: Notice;
  findings: Finding[];
  /** lint's judgement of each required section (Linter.coverage): the matrix agrees with lint */
  coverage?: ReadonlyMap<string, Coverage>;
}

export interface CompareOptions {
  /** canonical section ids in catalogue order */
  sectionIds: string[];
  factRules: FactRules;
  /** similarity from which two notices share a template */
  templateThreshold?: number;
  /** inputs that could not be read (listed in every format) */
  unreadable?: UnreadableInput[];
}
