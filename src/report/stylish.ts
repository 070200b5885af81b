/**
 * `--format stylish` (default): grouped by file like ESLint's, each finding with
 * its place, severity, message, section and the excerpt it is about. Colour only
 * when the caller says so (a TTY without NO_COLOR).
 */
import { Chalk } from 'chalk';
import type { Finding } from '../model/finding.js';
import { oneLine } from '../model/terminal.js';
import { summarise } from './summary.js';
import type { Formatter } from './types.js';

const WORDS = {
  fi: { error: 'virhe', warning: 'varoitus', info: 'huomio', errors: 'virhettä', warnings: 'varoitusta', infos: 'huomiota', section: 'kohta', fix: 'ehdotus', page: 's.', none: 'Ei huomautettavaa.', problems: 'havaintoa', baselined: 'jo vertailukohdassa (--baseline), ei näytetä' },
  en: { error: 'error', warning: 'warning', info: 'info', errors: 'errors', warnings: 'warnings', infos: 'infos', section: 'section', fix: 'suggestion', page: 'p.', none: 'No problems found.', problems: 'problems', baselined: 'already in the baseline (--baseline), not shown' },
};

export const stylish: Formatter = (report, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = WORDS[lang];
  const paint = (f: Finding) => (f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue)(w[f.severity]);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    // Every piece that comes from a notice or a file name is one line with its control
    // characters escaped: a notice cannot clear the screen or forge a finding.
    out.push(c.underline(oneLine(file.file)));
    for (const f of file.findings) {
      const place = `${f.line}:${f.column}${f.page ? ` (${w.page} ${f.page})` : ''}`;
      out.push(`  ${c.dim(place.padEnd(10))} ${paint(f)}  ${oneLine(f.message)}  ${c.dim(oneLine(f.ruleId))}`);
      const details = [f.section ? `${w.section}: ${oneLine(f.section)}` : null, f.excerpt ? `“${oneLine(f.excerpt)}”` : null].filter(Boolean);
      if (details.length) out.push(`  ${' '.repeat(10)} ${c.dim(details.join('  '))}`);
      if (f.suggestion) out.push(`  ${' '.repeat(10)} ${c.green(`${w.fix}: ${oneLine(f.suggestion)}`)}`);
    }
    out.push('');
  }
  const s = summarise(report.files);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) out.push(c.green(w.none));
  else {
    const line = `✖ ${total} ${w.problems} (${s.errors} ${w.errors}, ${s.warnings} ${w.warnings}, ${s.infos} ${w.infos})`;
    out.push(s.errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  if (report.baselined) out.push(c.dim(`${report.baselined} ${w.baselined}`));
  return `${out.join('\n')}\n`;
};
