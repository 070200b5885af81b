/**
 * `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, GitLab).
 * One run; the pack's rules with help text and GDPR reference; each finding with
 * its place in the input file (lines of the normalised text, which for text and
 * Markdown files are the file's own lines) and its section as a logical location.
 */
import { pathToFileURL } from 'node:url';
import type { Severity, SeverityLevel } from '../model/finding.js';
import { fingerprint, firstSentence, gdprRef, ruleHelpText, rulesOf, sectionLabel, HELP_WORDS } from './meta.js';
import { joinChunks, stringifyChunks } from '../util/chunks.js';
import { placeFields } from './place.js';
import type { ChunkFormatter, Formatter, RuleMeta } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<SeverityLevel, string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };
/** GitHub code scanning's own severity scale for non-security alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
};

/** A path as a SARIF URI: relative paths stay relative to the checkout (%SRCROOT%), absolute ones become file URLs. */
export function toArtifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(slashed)) return { uri: pathToFileURL(file).href };
  const uri = slashed
    .replace(/^\.\//, '')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

/** The log as chunks, one result at a time: `JSON.stringify(…, null, 2)` byte for byte. */
export const sarifChunks: ChunkFormatter = function* (report, { lang, toolVersion }) {
  const rules = rulesOf(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = report.files.map((f) => ({
    location: toArtifactLocation(f.file),
    ...(f.format && MIME[f.format] ? { mimeType: MIME[f.format] } : {}),
  }));
  const results = report.files.flatMap((file, artifactIndex) =>
    file.findings.map((f) => {
      const label = sectionLabel(report, f.section, lang);
      const extra = [f.suggestion ? `${lang === 'fi' ? 'Ehdotus' : 'Suggestion'}: ${f.suggestion}` : null].filter(
        Boolean,
      );
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: LEVEL[f.severity],
        message: { text: [f.message, ...extra].join(' ') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...toArtifactLocation(file.file), index: artifactIndex },
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
              },
            },
            ...(f.section
              ? {
                  logicalLocations: [
                    {
                      name: f.section,
                      fullyQualifiedName: label ? `${f.section} (${label})` : f.section,
                      kind: 'section',
                    },
                  ],
                }
              : {}),
          },
        ],
        partialFingerprints: { 'selosteFinding/v1': fingerprint(f) },
        properties: {
          section: f.section,
          page: f.page,
          excerpt: f.excerpt,
          suggestion: f.suggestion,
          gdpr: f.gdpr,
          ...placeFields(f),
        },
      };
    }),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'seloste',
            version: toolVersion,
            semanticVersion: toolVersion,
            language: lang,
            rules: rules.map((r) => sarifRule(r, lang)),
          },
        },
        language: lang,
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
        ...invocations(report),
        ...(report.baselined !== undefined ? { properties: { baselined: report.baselined } } : {}),
      },
    ],
  };
  // depth 4: root → runs → the run → results → one result, stringified whole
  yield* stringifyChunks(log, 4);
  yield '\n';
};

export const sarif: Formatter = (report, options) => joinChunks(sarifChunks(report, options));

/**
 * Ingest warnings as tool execution notifications (SARIF §3.58): level warning, with
 * the file as the location; present only when some file had one.
 */
function invocations(report: Parameters<Formatter>[0]) {
  const notifications = report.files.flatMap((file, index) =>
    (file.warnings ?? []).map((text) => ({
      level: 'warning',
      message: { text },
      descriptor: { id: 'input/warning' },
      locations: [{ physicalLocation: { artifactLocation: { ...toArtifactLocation(file.file), index } } }],
    })),
  );
  if (notifications.length === 0) return {};
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] };
}

function sarifRule(rule: RuleMeta, lang: 'fi' | 'en') {
  const description = rule.description[lang].replace(/\s+/g, ' ').trim();
  const ref = gdprRef(rule.gdpr, lang);
  const markdown = [
    description,
    ...(rule.fix ? [`**${HELP_WORDS[lang].fix}:** ${rule.fix[lang].replace(/\s+/g, ' ').trim()}`] : []),
    ...(ref ? [`${ref}.`] : []),
  ].join('\n\n');
  const severity = rule.severity === 'off' ? null : rule.severity;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: { text: ruleHelpText(rule, lang), markdown },
    defaultConfiguration: { level: LEVEL[rule.severity], enabled: severity !== null },
    properties: {
      tags: ['privacy', 'gdpr', rule.id.split('/')[0]],
      gdpr: rule.gdpr,
      ...(severity ? { 'problem.severity': PROBLEM_SEVERITY[severity] } : {}),
    },
  };
}
