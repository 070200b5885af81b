/** Every UI string of lint's reports, `explain` and `fix` in English. The Finnish twin is fi.ts; keep the keys alike. */
import { groupedCount } from './digits.js';
import type { Messages } from './index.js';

const n = (count: number, one: string, many: string) => `${groupedCount(count, 'en')} ${count === 1 ? one : many}`;

export const en: Messages = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityLevel: { error: 'error', warning: 'warning', info: 'info', off: 'off' },
  findings: (c) => n(c, 'problem', 'problems'),
  errors: (c) => n(c, 'error', 'errors'),
  warnings: (c) => n(c, 'warning', 'warnings'),
  infos: (c) => n(c, 'info', 'infos'),
  files: (c) => n(c, 'file', 'files'),
  summary: (total, e, w, i) => `${en.findings(total)} (${en.errors(e)}, ${en.warnings(w)}, ${en.infos(i)})`,
  none: 'No problems found.',
  baselined: (c) =>
    `${c === 1 ? '1 problem was' : `${groupedCount(c, 'en')} problems were`} already in the baseline (--baseline) and ${c === 1 ? 'is' : 'are'} not shown.`,
  place: {
    page: (page, line) => `p. ${page}, line ${line}`,
    paragraph: (p) => (p === 0 ? 'heading' : `paragraph ${p}`),
    line: (line, column) => `line ${line}:${column}`,
    whole: 'whole notice',
    file: 'whole file',
    preamble: 'before the first heading',
    under: 'section',
  },
  suggestion: 'suggestion',
  fix: 'fix',
  seeExplain: (id) => `see: seloste explain ${id}`,
  html: {
    title: 'Privacy notice check report',
    summary: 'Summary',
    file: 'File',
    format: 'format',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
    total: 'Total',
    general: 'Whole notice',
    generalNote: 'Findings about the notice as a whole (a missing section or right, for example).',
    none: 'No findings.',
    rules: 'Rules',
    fix: 'How to fix',
    suggestion: 'Suggestion',
    section: 'Section',
    preamble: 'Before the first heading',
    unreadable: 'The file could not be read.',
    text: 'Text of the notice',
    findings: 'Findings',
    allFindings: 'All findings',
    warningsNote: 'Reading the file noticed:',
    page: (p) => `Page ${p}`,
    positions:
      'Page and line numbers follow the text of the notice; its layout (fonts, tables) may differ from the original.',
    toText: 'show in the text',
  },
  explain: {
    severity: 'Default severity',
    gdpr: 'GDPR',
    article: (a) => `Article ${a}`,
    kind: 'Kind of check',
    why: 'What and why',
    fix: 'How to fix',
    message: 'Message',
    none: 'no article',
    kinds: {
      'required-section': 'required section',
      'non-empty': 'section must not be empty',
      existence: 'word or phrase that must not occur',
      substitution: 'wrong form and right form',
      'must-mention': 'something the notice must state',
      conditional: 'conditional requirement',
      lexicon: 'misspelt domain word',
      code: 'dedicated check',
    },
    placeholders: {
      match: '…',
      suggestion: '…',
      section: '(section)',
      template: '(template)',
      months: 'N',
      maxAgeMonths: 'N',
      suggestions: '…',
    },
    unknown: (id, close) =>
      `${id}: unknown rule id${close ? `. Did you mean ${close}?` : ''} (seloste rules lists them)`,
  },
  fixCmd: {
    changed: (line, from, to) => `line ${line}: “${from}” → “${to}”`,
    skipped: (line, from) =>
      `line ${line}: “${from}” left as it is: the spot could not be found in the original file unambiguously`,
    count: (c, out) =>
      c === 0
        ? `No safe fixes; ${out} is a copy of the original.`
        : `${c === 1 ? '1 fix' : `${c} fixes`} written to ${out}.`,
    format: (f) =>
      `seloste fix corrects text, Markdown and HTML files only (this one is ${f}). Correct the original document by hand: seloste lint shows the spots.`,
    needOutput: 'seloste fix writes the corrected notice to a new file: give it with -o <file>.',
  },
  io: {
    emptyPath: (what) => `${what}: an empty path (""): is a shell variable unset?`,
    writeReasons: {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOSPC: 'no space left on the device',
      EDQUOT: 'the disk quota is exceeded',
      EISDIR: 'the path is a folder, not a file',
      ENOTDIR: 'a part of the path is a file, not a folder',
      ELOOP: 'the path is a loop of symbolic links',
      ENAMETOOLONG: 'the path is too long',
      ENXIO: 'the pipe has no reader',
    },
    writeFailed: (detail) => `the write failed (${detail})`,
    cannotWrite: (path, why) => `cannot write ${path}: ${why}`,
    outputIsInput: (path, same) => `cannot write ${path}: it is also an input${same}; choose another file for -o`,
    stdinAlone: '"-" (standard input) is read alone: give no files with it',
    stdinFilenameNeedsDash:
      '--stdin-filename names standard input: give "-" as the path (seloste lint - --stdin-filename notice.md)',
    badDelimiter: '--delimiter: one character, not a letter, digit, quote or line break (e.g. ";", "," or "\\t")',
    xlsxNeedsOutput:
      '--format xlsx: name a file with -o (e.g. -o comparison.xlsx); a workbook is not written to a terminal',
    unmatched: 'no notice (PDF, DOCX, HTML, Markdown or text) matches this folder or pattern',
    baselineNotFound: 'baseline file not found',
    baselineNotAFile: 'the baseline must be a regular file (not a folder, pipe or device)',
    baselineReason: (reason) => `${reason} (--baseline)`,
    configNotFound: 'config file not found',
    tooLargeForConfig: (mb) => `the file is too large (over ${mb} MB) for a config or rule file`,
    internalRead: (message) => `internal error while reading (${message})`,
    internalCheck: (message) => `internal error while checking (${message})`,
  },
};
