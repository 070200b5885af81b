/** Builds a LintReport the way `seloste lint` does, from fixtures, for the formatter tests. */
import type { Lang } from '../../src/model/errors.js';
import type { Finding } from '../../src/model/finding.js';
import type { LintReport, ReportFile, RuleMeta } from '../../src/report/index.js';
import { loadPack } from '../../src/rules/pack.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { linterWith, noticeOf } from '../helpers/notice.js';

export function ruleMeta(): RuleMeta[] {
  return loadPack('fi-gdpr').map((d) => ({
    id: d.id,
    severity: d.severity,
    gdpr: d.gdpr,
    description: d.description,
    ...(d.fix ? { fix: d.fix } : {}),
  }));
}

export function sectionMeta() {
  return loadCatalogue().sections.map(({ id, fi, en, gdpr }) => ({ id, fi, en, gdpr }));
}

/** A linted fixture as the CLI hands it to a formatter (with text and segments). */
export async function fileResult(name: string, lang: Lang = 'fi', file = `fixtures/${name}`): Promise<ReportFile> {
  const notice = await noticeOf(name);
  const findings = linterWith({ lang }).lint(notice);
  return {
    file,
    format: notice.format,
    findings,
    text: notice.text,
    segments: notice.segments.map(({ ids, heading, start, end, startLine }) => ({
      ids,
      heading,
      start,
      end,
      startLine,
    })),
    ...(notice.linePages ? { linePages: notice.linePages } : {}),
  };
}

/** An input that could not be read, as lint reports it. */
export function unreadableResult(file: string): ReportFile {
  const f: Finding = {
    ruleId: 'input/unreadable',
    severity: 'error',
    message: 'Tiedostoa ei voitu lukea: tiedosto on tyhjä.',
    section: null,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    page: null,
    excerpt: '',
    suggestion: null,
    gdpr: null,
    range: [0, 0],
  };
  return { file, format: null, findings: [f] };
}

export function reportOf(files: ReportFile[], extra: Partial<LintReport> = {}): LintReport {
  return { files, rules: ruleMeta(), sections: sectionMeta(), ...extra };
}
