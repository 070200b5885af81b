/**
 * `--format junit`: JUnit XML for GitLab, Jenkins and other CI test views. One
 * testsuite per file, one testcase per rule that ran; a testcase fails when the
 * rule found something at or above the fail level (--fail-on). Findings below it
 * are listed in the testcase's system-out. An unreadable file is one testcase
 * (input/unreadable) with an error.
 */
import type { Lang } from '../model/errors.js';
import { SEVERITY_RANK, type Finding } from '../model/finding.js';
import { rulesOf, sectionLabel } from './meta.js';
import type { Formatter, LintReport } from './types.js';

const W = {
  fi: { error: 'virhe', warning: 'varoitus', info: 'huomio', section: 'kohta', fix: 'ehdotus', findings: (n: number) => (n === 1 ? '1 havainto' : `${n} havaintoa`), page: 's.' },
  en: { error: 'error', warning: 'warning', info: 'info', section: 'section', fix: 'suggestion', findings: (n: number) => (n === 1 ? '1 finding' : `${n} findings`), page: 'p.' },
};

const UNREADABLE = 'input/unreadable';

/** XML text and attribute values: escaped, and characters XML 1.0 cannot carry dropped. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function describe(f: Finding, report: LintReport, lang: Lang): string {
  const w = W[lang];
  const label = sectionLabel(report, f.section, lang);
  const place = `${f.line}:${f.column}${f.page ? ` (${w.page} ${f.page})` : ''}`;
  const parts = [`${place} ${w[f.severity]}: ${f.message}`];
  if (label) parts.push(`  ${w.section}: ${label}`);
  if (f.excerpt) parts.push(`  “${f.excerpt}”`);
  if (f.suggestion) parts.push(`  ${w.fix}: ${f.suggestion}`);
  return parts.join('\n');
}

export const junit: Formatter = (report, { lang, failOn = 'error' }) => {
  const failRank = SEVERITY_RANK[failOn];
  const active = rulesOf(report).filter((r) => r.severity !== 'off' && r.id !== UNREADABLE);
  const suites: string[] = [];
  let total = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  for (const file of report.files) {
    const unreadable = file.findings.filter((f) => f.ruleId === UNREADABLE);
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    const classname = xml(file.file);
    if (unreadable.length > 0) {
      errors = 1;
      const message = unreadable[0].message;
      cases.push(
        `    <testcase name="${UNREADABLE}" classname="${classname}" time="0">\n` +
          `      <error type="${UNREADABLE}" message="${xml(message)}">${xml(unreadable.map((f) => describe(f, report, lang)).join('\n'))}</error>\n` +
          `    </testcase>`,
      );
    } else {
      for (const rule of active) {
        const found = file.findings.filter((f) => f.ruleId === rule.id);
        const failing = found.filter((f) => SEVERITY_RANK[f.severity] >= failRank);
        const below = found.filter((f) => SEVERITY_RANK[f.severity] < failRank);
        const inner: string[] = [];
        if (failing.length > 0) {
          failures++;
          const worst = failing.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
          const message = failing.length === 1 ? failing[0].message : `${W[lang].findings(failing.length)}: ${failing[0].message}`;
          inner.push(`      <failure type="${worst.severity}" message="${xml(message)}">${xml(failing.map((f) => describe(f, report, lang)).join('\n\n'))}</failure>`);
        }
        if (below.length > 0) inner.push(`      <system-out>${xml(below.map((f) => describe(f, report, lang)).join('\n\n'))}</system-out>`);
        const open = `    <testcase name="${xml(rule.id)}" classname="${classname}" time="0"`;
        cases.push(inner.length ? `${open}>\n${inner.join('\n')}\n    </testcase>` : `${open}/>`);
      }
    }
    total += cases.length;
    totalFailures += failures;
    totalErrors += errors;
    suites.push(
      `  <testsuite name="${classname}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n` +
        `    <properties>\n      <property name="format" value="${xml(file.format ?? '')}"/>\n    </properties>\n` +
        `${cases.join('\n')}\n` +
        // ingest warnings (invalid bytes replaced, NULs dropped …) as the suite's system-err
        (file.warnings?.length ? `    <system-err>${xml(file.warnings.map((w) => `${W[lang].warning}: ${w}`).join('\n'))}</system-err>\n` : '') +
        `  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="seloste" tests="${total}" failures="${totalFailures}" errors="${totalErrors}">\n` +
    `${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
  );
};
