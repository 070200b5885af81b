/**
 * `--format stylish` (default): grouped by file like ESLint's, each finding with
 * where a person finds it (page and line on the page, paragraph under its heading,
 * or the whole notice), severity, message, the heading as the notice writes it, the
 * excerpt, and the way to fix it (the suggestion, the rule's short fix, or the
 * `seloste explain` command). Colour only when the caller says so.
 */
import { Chalk } from 'chalk';
import type { Finding } from '../model/finding.js';
import { oneLine } from '../util/terminal.js';
import { sectionLabel } from './meta.js';
import { messages } from './messages/index.js';
import { headingOf, placeOf } from './place.js';
import { summarise } from './summary.js';
import { joinChunks } from '../util/chunks.js';
import type { ChunkFormatter, Formatter } from './types.js';

/** A rule's fix text longer than this is not shown in the terminal: `seloste explain` has it. */
const SHORT_FIX = 110;

/** One chunk per line. */
export const stylishChunks: ChunkFormatter = function* (report, { lang, color }) {
  const c = new Chalk({ level: color ? 1 : 0 });
  const m = messages(lang);
  const fixes = new Map((report.rules ?? []).map((r) => [r.id, r.fix?.[lang]]));
  const paint = (f: Finding) =>
    (f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue)(m.severity[f.severity]);
  const label = (id: string) => sectionLabel(report, id, lang);
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    // Every piece that comes from a notice or a file name is one line with its control
    // characters escaped: a notice cannot clear the screen or forge a finding.
    yield `${c.underline(oneLine(file.file))}\n`;
    // the findings about the notice as a whole first, then the rest in the order of the text
    const findings = [...file.findings.filter((f) => f.whole), ...file.findings.filter((f) => !f.whole)];
    const places = findings.map((f) => placeOf(f, file.format, m));
    const width = Math.max(10, ...places.map((p) => p.length));
    const pad = ' '.repeat(width);
    for (const [k, f] of findings.entries()) {
      yield `  ${c.dim(places[k].padEnd(width))}  ${paint(f)}  ${oneLine(f.message)}  ${c.dim(oneLine(f.ruleId))}\n`;
      // a whole-notice finding's message names what is missing; its heading is in JSON
      const heading = f.ruleId === 'input/unreadable' || f.whole ? null : shorten(headingOf(f, m, label), 80);
      const details = [
        heading ? `${m.place.under} ${oneLine(heading)}` : null,
        f.excerpt ? `“${oneLine(f.excerpt)}”` : null,
      ].filter(Boolean);
      if (details.length) yield `  ${pad}  ${c.dim(details.join('  '))}\n`;
      yield `  ${pad}  ${fixLine(f, fixes.get(f.ruleId), m, c)}\n`;
    }
    yield '\n';
  }
  const s = summarise(report.files);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) yield `${c.green(m.none)}\n`;
  else {
    const line = `✖ ${m.summary(total, s.errors, s.warnings, s.infos)}`;
    yield `${s.errors ? c.red.bold(line) : c.yellow.bold(line)}\n`;
  }
  if (report.baselined) yield `${c.dim(m.baselined(report.baselined))}\n`;
};

export const stylish: Formatter = (report, options) => joinChunks(stylishChunks(report, options));

function fixLine(
  f: Finding,
  fix: string | undefined,
  m: ReturnType<typeof messages>,
  c: InstanceType<typeof Chalk>,
): string {
  if (f.suggestion) return c.green(`${m.suggestion}: ${oneLine(f.suggestion)}`);
  const short = fix ? shortFix(fix) : null;
  if (short) return c.green(`${m.fix}: ${oneLine(short)}`);
  return c.dim(m.seeExplain(f.ruleId));
}

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:esim|mm|ks|vrt|yms|tms|jne|ns|eli|e\.g|i\.e|etc|art|s|p|nro|no)\.$/i;

/** The rule's fix text when it is short, or its first sentence when that is; null when neither is. */
export function shortFix(fix: string): string | null {
  const text = fix.replace(/\s+/g, ' ').trim();
  if (text.length <= SHORT_FIX) return text;
  const re = /[.!?](?=\s+[A-ZÅÄÖ])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sentence = text.slice(0, m.index + 1);
    if (ABBREVIATIONS.test(sentence)) continue;
    return sentence.length <= SHORT_FIX ? sentence : null;
  }
  return null;
}

function shorten(s: string | null, max: number): string | null {
  return s && s.length > max ? `${s.slice(0, max - 1).trimEnd()}…${s.startsWith('”') ? '”' : ''}` : s;
}
