/**
 * `seloste compare`: many Notices (and their lint Findings) in, one Comparison out,
 * no I/O. One column per notice, one row per canonical section, the key facts side
 * by side, and a similarity matrix that shows which notices share a template.
 */
import { wordsOf } from '../diff/normalise.js';
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import type { Coverage } from '../rules/types.js';
import { extractFacts, FACT_IDS, type FactRules, type NoticeFacts } from './facts.js';
import { similarityMatrix, templateGroups } from './similarity.js';

export { loadFactRules, type FactRules, type NoticeFacts } from './facts.js';
export { COMPARE_RENDERERS, type CompareRenderOptions } from './render/index.js';
export { substanceOf, type SubstanceSide, type SubstanceOptions } from './substance.js';

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

export const DEFAULT_TEMPLATE_THRESHOLD = 0.3;

export function compareNotices(inputs: CompareInput[], options: CompareOptions): Comparison {
  const facts = inputs.map(({ notice }) => extractFacts(notice, options.factRules));
  const notices: ComparedNotice[] = inputs.map(({ notice }, i) => ({
    file: notice.file,
    format: notice.format,
    label: labelOf(notice.file, facts[i]),
    controller: facts[i].controller,
    businessId: facts[i].businessId,
    date: facts[i].date,
  }));
  const sections = options.sectionIds.map((id) => ({ id, cells: inputs.map((input) => cellOf(input, id)) }));
  const similarity = similarityMatrix(inputs.map(({ notice }) => wordsOf(notice.text).map((w) => w.key)));
  return {
    notices,
    sections,
    facts: FACT_IDS.map((id) => ({ id, values: facts.map((f) => f[id]) })),
    noticeFacts: facts,
    similarity,
    templates: templateGroups(similarity, options.templateThreshold ?? DEFAULT_TEMPLATE_THRESHOLD),
    findings: inputs.map((input) => input.findings),
    unreadable: options.unreadable ?? [],
  };
}

function labelOf(file: string, f: NoticeFacts): string {
  const parts = [f.controller, f.businessId].filter((x): x is string => Boolean(x));
  if (parts.length) return parts.join(' ');
  return file.split(/[\\/]/).pop() ?? file;
}

function cellOf({ notice, findings, coverage }: CompareInput, id: string): SectionCell {
  const segs = notice.segments.filter((s) => s.ids.includes(id));
  const own = findings.filter((f) => f.section === id);
  const rules = [...new Set(own.map((f) => f.ruleId))];
  if (segs.length === 0) return { status: coverage?.get(id) === 'text' ? 'stated' : 'missing', words: 0, findings: own.length, rules };
  const words = segs.reduce((n, s) => n + wordsOf(notice.text.slice(s.contentStart, s.end)).length, 0);
  return { status: words === 0 ? 'empty' : 'present', words, findings: own.length, rules };
}
