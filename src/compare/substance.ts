/**
 * "What changed in substance" between two versions of a notice (SPEC §9), at the top of
 * `diff`: the key facts of `compare` whose value changed (retention 10 vuotta → 6 vuotta,
 * a transfer outside the EU/EEA added, profiling now used), the required sections and
 * rights lint judges covered in one version and missing in the other (same detection as
 * lint: Linter.coverage), and the lint findings new in the new version and resolved.
 * Findings are matched by rule, section and message (not by line, which moves with
 * every edit above it), as many times as each occurs.
 */
import type { Substance, SubstanceFinding } from '../model/substance.js';
import type { Lang } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import type { Coverage } from '../rules/types.js';
import { extractFacts, FACT_IDS, type FactRules } from './facts.js';
import { T, factText } from './render/labels.js';

export interface SubstanceSide {
  notice: Notice;
  findings: Finding[];
  coverage?: ReadonlyMap<string, Coverage>;
}

export interface SubstanceOptions {
  lang: Lang;
  factRules: FactRules;
  /** the catalogue label of a canonical id */
  sectionLabel?: (id: string, lang: Lang) => string;
}

const COVERED: Record<Lang, Record<Coverage, string>> = {
  fi: { heading: 'oma otsikko', text: 'mainittu tekstissä', missing: 'puuttuu' },
  en: { heading: 'own heading', text: 'stated in text', missing: 'missing' },
};

export function substanceOf(oldSide: SubstanceSide, newSide: SubstanceSide, opts: SubstanceOptions): Substance {
  const t = T[opts.lang];
  const a = extractFacts(oldSide.notice, opts.factRules);
  const b = extractFacts(newSide.notice, opts.factRules);
  const facts: Substance['facts'] = [];
  const who = (f: typeof a) => [f.controller, f.businessId].filter(Boolean).join(' ') || t.notStated;
  if (who(a) !== who(b)) facts.push({ id: 'controller', name: t.controllerFact, from: who(a), to: who(b) });
  for (const id of FACT_IDS) {
    const from = factText(id, a, t);
    const to = factText(id, b, t);
    if (from === to) continue;
    // a list ("10 vuotta; asiakassuhteen ajan") where one item was replaced by another shows
    // only those two; where items were only added or only removed, the whole lists
    const was = from.split('; ');
    const now = to.split('; ');
    const gone = was.filter((x) => !now.includes(x));
    const came = now.filter((x) => !was.includes(x));
    const replaced = gone.length > 0 && came.length > 0;
    facts.push({
      id,
      name: t.factNames[id],
      from: replaced ? gone.join('; ') : from,
      to: replaced ? came.join('; ') : to,
    });
  }
  // a required section or right lost or gained (a heading that became a sentence is no loss)
  if (oldSide.coverage && newSide.coverage) {
    const ids = [...new Set([...oldSide.coverage.keys(), ...newSide.coverage.keys()])];
    for (const id of ids) {
      const from = oldSide.coverage.get(id) ?? 'missing';
      const to = newSide.coverage.get(id) ?? 'missing';
      // rule groups ("group:controller") are not sections a reader knows
      if (id.includes(':') || (from === 'missing') === (to === 'missing')) continue;
      const name = opts.sectionLabel?.(id, opts.lang) ?? id;
      facts.push({ id, name, from: COVERED[opts.lang][from], to: COVERED[opts.lang][to] });
    }
  }
  return {
    facts,
    newFindings: unmatched(newSide.findings, oldSide.findings),
    resolvedFindings: unmatched(oldSide.findings, newSide.findings),
  };
}

const keyOf = (f: Finding) => `${f.ruleId}\u0000${f.section ?? ''}\u0000${f.message}`;

/** Findings of `these` with no counterpart in `others` (each counterpart used once). */
function unmatched(these: Finding[], others: Finding[]): SubstanceFinding[] {
  const left = new Map<string, number>();
  for (const f of others) left.set(keyOf(f), (left.get(keyOf(f)) ?? 0) + 1);
  const out: SubstanceFinding[] = [];
  for (const f of these) {
    const k = keyOf(f);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push({ ruleId: f.ruleId, severity: f.severity, section: f.section, message: f.message, line: f.line });
  }
  return out;
}
