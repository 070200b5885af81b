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
import { joinChunks } from '../util/chunks.js';
import type { ChunkFormatter, Formatter, LintReport, RuleMeta } from './types.js';

const W = {
  fi: {
    error: 'virhe',
    warning: 'varoitus',
    info: 'huomio',
    section: 'kohta',
    fix: 'ehdotus',
    findings: (n: number) => (n === 1 ? '1 havainto' : `${n} havaintoa`),
    page: 's.',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    section: 'section',
    fix: 'suggestion',
    findings: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
    page: 'p.',
  },
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

/** What a file's testsuite counts, worked out before any of it is written (the root element carries the totals). */
interface Suite {
  tests: number;
  failures: number;
  errors: number;
}

/** The findings of a file by rule id, each list in the file's order. */
function byRule(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.ruleId);
    if (list) list.push(f);
    else out.set(f.ruleId, [f]);
  }
  return out;
}

function countSuite(found: Map<string, Finding[]>, active: RuleMeta[], failRank: number): Suite {
  if (found.has(UNREADABLE)) return { tests: 1, failures: 0, errors: 1 };
  const failures = active.filter((r) =>
    (found.get(r.id) ?? []).some((f) => SEVERITY_RANK[f.severity] >= failRank),
  ).length;
  return { tests: active.length, failures, errors: 0 };
}

/** One chunk per testcase: totals first (a first pass that only counts), then each suite as it is made. */
export const junitChunks: ChunkFormatter = function* (report, { lang, failOn = 'error' }) {
  const failRank = SEVERITY_RANK[failOn];
  const active = rulesOf(report).filter((r) => r.severity !== 'off' && r.id !== UNREADABLE);
  const grouped = report.files.map((file) => byRule(file.findings));
  const suites = grouped.map((found) => countSuite(found, active, failRank));
  const sum = (key: keyof Suite) => suites.reduce((n, s) => n + s[key], 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="seloste" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}">\n`;
  for (const [k, file] of report.files.entries()) {
    const found = grouped[k];
    const { tests, failures, errors } = suites[k];
    const classname = xml(file.file);
    yield (
      `  <testsuite name="${classname}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n` +
      `    <properties>\n      <property name="format" value="${xml(file.format ?? '')}"/>\n    </properties>\n`
    );
    const unreadable = found.get(UNREADABLE);
    if (unreadable) {
      const message = unreadable[0].message;
      yield (
        `    <testcase name="${UNREADABLE}" classname="${classname}" time="0">\n` +
        `      <error type="${UNREADABLE}" message="${xml(message)}">${xml(unreadable.map((f) => describe(f, report, lang)).join('\n'))}</error>\n` +
        `    </testcase>\n`
      );
    } else {
      for (const rule of active)
        yield `${testcase(rule, found.get(rule.id) ?? [], classname, failRank, report, lang)}\n`;
    }
    // a suite with no testcase (no rule ran) keeps its empty line, as the report always had
    if (!unreadable && active.length === 0) yield '\n';
    // ingest warnings (invalid bytes replaced, NULs dropped …) as the suite's system-err
    if (file.warnings?.length)
      yield `    <system-err>${xml(file.warnings.map((w) => `${W[lang].warning}: ${w}`).join('\n'))}</system-err>\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
};

function testcase(
  rule: RuleMeta,
  found: Finding[],
  classname: string,
  failRank: number,
  report: LintReport,
  lang: Lang,
): string {
  const failing = found.filter((f) => SEVERITY_RANK[f.severity] >= failRank);
  const below = found.filter((f) => SEVERITY_RANK[f.severity] < failRank);
  const inner: string[] = [];
  if (failing.length > 0) {
    const worst = failing.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
    const message =
      failing.length === 1 ? failing[0].message : `${W[lang].findings(failing.length)}: ${failing[0].message}`;
    inner.push(
      `      <failure type="${worst.severity}" message="${xml(message)}">${xml(failing.map((f) => describe(f, report, lang)).join('\n\n'))}</failure>`,
    );
  }
  if (below.length > 0)
    inner.push(`      <system-out>${xml(below.map((f) => describe(f, report, lang)).join('\n\n'))}</system-out>`);
  const open = `    <testcase name="${xml(rule.id)}" classname="${classname}" time="0"`;
  return inner.length ? `${open}>\n${inner.join('\n')}\n    </testcase>` : `${open}/>`;
}

export const junit: Formatter = (report, options) => joinChunks(junitChunks(report, options));
