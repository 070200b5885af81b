/**
 * `seloste fix <file> -o <new file>`: applies the safe suggestions (the rule data marks
 * them `safe`: a known misspelling, an authority's new name in the same case, the
 * Ombudsman's new address) to a text, Markdown or HTML notice and writes the result to a
 * new file. The input is never written; each change is printed.
 *
 * Findings point into the normalised text; the edit is made in the source file at the
 * same occurrence of the same words (whitespace, and `&nbsp;` in HTML, may differ). A
 * spot that cannot be found there unambiguously is left as it is, and said so.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { CliError, type Lang } from '../../model/errors.js';
import type { Finding } from '../../model/finding.js';
import { oneLine } from '../../util/terminal.js';
import { MESSAGES } from '../../report/messages/index.js';
import { common, noEmptyPaths, run, type CommandModule } from '../context.js';
import { problem, refuseInputAsOutput, writeResult } from '../output.js';

const FIXABLE = new Set(['text', 'markdown', 'html']);

export interface Edit {
  /** offsets in the source */
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface FixPlan {
  edits: Edit[];
  /** safe findings whose spot the source does not show unambiguously */
  skipped: Finding[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The words of `matched` with any run of whitespace (or `&nbsp;` in HTML) between them. */
function wordsPattern(matched: string, html: boolean): RegExp {
  const gap = html ? '(?:\\s|&nbsp;|&#160;|&#xa0;)+' : '\\s+';
  return new RegExp(matched.trim().split(/\s+/).map(anyForm).join(gap), 'gu');
}

/** A word as a pattern that matches it composed (NFC) or decomposed (NFD: "a" + U+0308), as macOS and some PDFs write it. */
function anyForm(word: string): string {
  let out = '';
  for (const c of word) {
    const d = c.normalize('NFD');
    out += d === c ? escapeRe(c) : `(?:${escapeRe(c)}|${escapeRe(d)})`;
  }
  return out;
}

function starts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Where each safe suggestion goes in the source: the same occurrence of the same words as in the normalised text. */
export function planFixes(source: string, text: string, findings: Finding[], format: string): FixPlan {
  const html = format === 'html';
  // a decomposed source gets its replacements decomposed too
  const form = (t: string) => (source.normalize('NFC') === source ? t : t.normalize('NFD'));
  const edits: Edit[] = [];
  const skipped: Finding[] = [];
  const cache = new Map<string, { inText: number[]; inSource: { at: number; len: number }[] }>();
  for (const f of findings) {
    if (!f.safe || f.suggestion == null || f.whole) continue;
    const matched = text.slice(f.range[0], f.range[1]);
    if (matched.trim() === '') {
      skipped.push(f);
      continue;
    }
    let hits = cache.get(matched);
    if (!hits) {
      const re = wordsPattern(matched, html);
      const inSource: { at: number; len: number }[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(source); m; m = re.exec(source)) inSource.push({ at: m.index, len: m[0].length });
      hits = { inText: starts(wordsPattern(matched, false), text), inSource };
      cache.set(matched, hits);
    }
    const k = hits.inText.indexOf(f.range[0]);
    if (k === -1 || hits.inText.length !== hits.inSource.length) {
      skipped.push(f);
      continue;
    }
    const { at, len } = hits.inSource[k];
    edits.push({
      start: at,
      end: at + len,
      from: source.slice(at, at + len),
      to: form(html ? escapeHtml(f.suggestion) : f.suggestion),
    });
  }
  // overlapping edits: the first one wins, the other is left for a person
  edits.sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  for (const e of edits) {
    if (kept.length && e.start < kept[kept.length - 1].end) continue;
    kept.push(e);
  }
  return { edits: kept, skipped };
}

export function applyEdits(source: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += source.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + source.slice(at);
}

const lineOf = (source: string, offset: number) => {
  let n = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) n++;
  return n;
};

export const fixCommand: CommandModule = (program, exit) => {
  program
    .command('fix')
    .description('apply the safe suggestions to a text, Markdown or HTML notice, into a new file (-o)')
    .argument('<file>')
    .action(async (file: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang: Lang) => {
          noEmptyPaths([file], 'fix');
          if (opts.output === undefined)
            throw new CliError({ fi: MESSAGES.fi.fixCmd.needOutput, en: MESSAGES.en.fixCmd.needOutput });
          refuseInputAsOutput(opts.output, [file], lang);
          const m = MESSAGES[lang].fixCmd;
          const { lintFiles } = await import('../../api/lint.js');
          const result = await lintFiles([file], {
            ...(opts.config ? { config: opts.config } : {}),
            lang,
            keepText: true,
            errorOnUnmatchedPattern: true,
          });
          const notice = result.report.files[0];
          if (!notice || notice.text === undefined) {
            const reason = notice?.findings.find((f) => f.ruleId === 'input/unreadable')?.message;
            if (reason) problem(`${file}: ${reason}`);
            return 2;
          }
          const format = notice.format ?? 'text';
          if (!FIXABLE.has(format))
            throw new CliError({ fi: MESSAGES.fi.fixCmd.format(format), en: MESSAGES.en.fixCmd.format(format) });
          const source = readFileSync(file, 'utf8');
          const { edits, skipped } = planFixes(source, notice.text, notice.findings, format);
          const lines: string[] = [];
          for (const e of edits) lines.push(m.changed(lineOf(source, e.start), oneLine(e.from), oneLine(e.to)));
          for (const f of skipped) lines.push(m.skipped(f.line, oneLine(notice.text.slice(f.range[0], f.range[1]))));
          // bytes: written as they are (a text result would be marked as seloste's own output)
          writeResult(new TextEncoder().encode(applyEdits(source, edits)), opts.output, lang);
          lines.push(m.count(edits.length, oneLine(opts.output)));
          process.stdout.write(`${lines.join('\n')}\n`);
          return 0;
        }),
      );
    });
};
