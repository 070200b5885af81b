/**
 * What several formatters (and the baseline) share: how a finding is identified
 * across edits, rule help text, GDPR references and section labels.
 */
import { nodeCrypto } from '../util/lazy-deps.js';
import type { Lang } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { LintReport, RuleMeta } from './types.js';

/** The excerpt without its ellipses, spacing and case: stable when the text around it moves. */
export function normaliseExcerpt(excerpt: string): string {
  return excerpt.normalize('NFC').replace(/^…|…$/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A finding's identity across versions of a notice: rule, section and excerpt,
 * never line numbers, so a finding keeps its identity when text moves.
 */
export function findingKey(f: Pick<Finding, 'ruleId' | 'section' | 'excerpt'>): string {
  return `${f.ruleId}\u0000${f.section ?? ''}\u0000${normaliseExcerpt(f.excerpt)}`;
}

/** A short stable hash of the key (SARIF partialFingerprints). */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'section' | 'excerpt'>): string {
  return nodeCrypto().createHash('sha256').update(findingKey(f)).digest('hex').slice(0, 32);
}

export function gdprRef(gdpr: string | null, lang: Lang): string | null {
  if (!gdpr) return null;
  return lang === 'fi' ? `Tietosuoja-asetus (GDPR) art. ${gdpr}` : `GDPR Article ${gdpr}`;
}

export function firstSentence(s: string): string {
  const m = /^.*?[.!?](\s|$)/s.exec(s);
  return (m ? m[0] : s).replace(/\s+/g, ' ').trim();
}

export const HELP_WORDS = {
  fi: { fix: 'Korjaus', gdpr: 'GDPR' },
  en: { fix: 'How to fix', gdpr: 'GDPR' },
} as const;

/** Plain-text help of a rule: what and why, how to fix, the GDPR article. */
export function ruleHelpText(rule: RuleMeta, lang: Lang): string {
  const parts = [rule.description[lang].replace(/\s+/g, ' ').trim()];
  if (rule.fix) parts.push(`${HELP_WORDS[lang].fix}: ${rule.fix[lang].replace(/\s+/g, ' ').trim()}`);
  const ref = gdprRef(rule.gdpr, lang);
  if (ref) parts.push(`${ref}.`);
  return parts.join('\n\n');
}

/** The rules of the report by id, plus a stand-in for any rule id a finding names that the pack does not. */
export function rulesOf(report: LintReport): RuleMeta[] {
  const rules = [...(report.rules ?? [])];
  const known = new Set(rules.map((r) => r.id));
  for (const file of report.files) {
    for (const f of file.findings) {
      if (known.has(f.ruleId)) continue;
      known.add(f.ruleId);
      rules.push({ id: f.ruleId, severity: f.severity, gdpr: f.gdpr, description: { fi: f.ruleId, en: f.ruleId } });
    }
  }
  return rules;
}

/** The label of a canonical section id in the given language, or the id itself. */
export function sectionLabel(report: LintReport, id: string | null, lang: Lang): string | null {
  if (!id) return null;
  if (id === 'preamble') return lang === 'fi' ? 'Johdanto' : 'Preamble';
  return report.sections?.find((s) => s.id === id)?.[lang] ?? id;
}
