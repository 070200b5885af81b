/** `--format json`: the SPEC §6 contract, field for field; internal fields stay out. */
import { joinChunks, stringifyChunks } from '../util/chunks.js';
import { placeFields } from './place.js';
import type { ChunkFormatter, Formatter } from './types.js';
import { summarise } from './summary.js';

/** The report as chunks, one finding at a time: `JSON.stringify(…, null, 2)` byte for byte. */
export const jsonChunks: ChunkFormatter = function* (report, { toolVersion }) {
  const files = report.files.map((f) => ({
    file: f.file,
    format: f.format,
    findings: f.findings.map(({ range: _range, ...rest }) => ({
      ruleId: rest.ruleId,
      severity: rest.severity,
      message: rest.message,
      section: rest.section,
      line: rest.line,
      column: rest.column,
      endLine: rest.endLine,
      endColumn: rest.endColumn,
      page: rest.page,
      excerpt: rest.excerpt,
      suggestion: rest.suggestion,
      gdpr: rest.gdpr,
      // added after SPEC §6 (issue 16): where a person finds it
      ...placeFields(rest),
      ...(rest.safe ? { safe: true } : {}),
    })),
    // what reading the file noticed (invalid bytes replaced, NULs dropped …), only when there is something
    ...(f.warnings?.length ? { warnings: f.warnings } : {}),
  }));
  const summary: Record<string, number> = summarise(report.files);
  if (report.baselined !== undefined) summary.baselined = report.baselined;
  // depth 4: root → files → a file → its findings → one finding, stringified whole
  yield* stringifyChunks({ version: 1, tool: { name: 'seloste', version: toolVersion }, files, summary }, 4);
  yield '\n';
};

export const json: Formatter = (report, options) => joinChunks(jsonChunks(report, options));
