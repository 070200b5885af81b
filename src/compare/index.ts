/**
 * `seloste compare`: many Notices (and their lint Findings) in, one Comparison out,
 * no I/O. One column per notice, one row per canonical section, the key facts side
 * by side, and a similarity matrix that shows which notices share a template.
 */
import { wordsOf } from '../segment/words.js';
import { extractFacts, FACT_IDS, type NoticeFacts } from './facts.js';
import type { ComparedNotice, Comparison, CompareInput, CompareOptions, SectionCell } from './types.js';
import { similarityMatrix, templateGroups } from './similarity.js';

export { loadFactRules, type FactRules, type NoticeFacts } from './facts.js';
export { COMPARE_RENDERERS, type CompareRenderOptions } from './render/index.js';
export { substanceOf, type SubstanceSide, type SubstanceOptions } from './substance.js';

export type {
  CellStatus,
  ComparedNotice,
  Comparison,
  CompareInput,
  CompareOptions,
  SectionCell,
  UnreadableInput,
} from './types.js';

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
  if (segs.length === 0)
    return { status: coverage?.get(id) === 'text' ? 'stated' : 'missing', words: 0, findings: own.length, rules };
  const words = segs.reduce((n, s) => n + wordsOf(notice.text.slice(s.contentStart, s.end)).length, 0);
  return { status: words === 0 ? 'empty' : 'present', words, findings: own.length, rules };
}
