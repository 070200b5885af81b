/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,title=…::message`), shown on the changed file in a pull
 * request. error → error, warning → warning, info → notice. Only command lines are
 * printed, so every line is an annotation.
 */
import type { Severity } from '../model/finding.js';
import { safeText } from '../util/terminal.js';
import { gdprRef, sectionLabel } from './meta.js';
import { joinChunks } from '../util/chunks.js';
import type { ChunkFormatter, Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const W = {
  fi: { section: 'Kohta', fix: 'Ehdotus' },
  en: { section: 'Section', fix: 'Suggestion' },
};

/** The message part of a workflow command. */
export function escapeData(s: string): string {
  // the Actions log is a terminal too: no raw control characters from a notice
  return safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value (file, title …) of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One chunk per annotation line. */
export const githubChunks: ChunkFormatter = function* (report, { lang }) {
  for (const file of report.files) {
    for (const w of file.warnings ?? []) {
      yield `::warning file=${escapeProperty(file.file.replace(/\\/g, '/'))},title=${escapeProperty('seloste')}::${escapeData(w)}\n`;
    }
    for (const f of file.findings) {
      const props = [`file=${escapeProperty(file.file.replace(/\\/g, '/'))}`, `line=${f.line}`, `endLine=${f.endLine}`];
      // GitHub takes columns only for an annotation on one line.
      if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${Math.max(f.column, f.endColumn)}`);
      const ref = gdprRef(f.gdpr, lang);
      props.push(`title=${escapeProperty(`seloste ${f.ruleId}${ref ? ` – ${ref}` : ''}`)}`);
      const label = sectionLabel(report, f.section, lang);
      const body = [f.message];
      if (label) body.push(`${W[lang].section}: ${label}${f.excerpt ? ` – “${f.excerpt}”` : ''}`);
      else if (f.excerpt) body.push(`“${f.excerpt}”`);
      if (f.suggestion) body.push(`${W[lang].fix}: ${f.suggestion}`);
      yield `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(body.join('\n'))}\n`;
    }
  }
};

export const github: Formatter = (report, options) => joinChunks(githubChunks(report, options));
