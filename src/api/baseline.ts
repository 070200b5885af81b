/**
 * `lint --baseline <report.json | notice>`: the findings a notice already had are
 * left out, so CI fails only on new ones. The baseline is a JSON report of an
 * earlier run (`lint --format json`) or a notice (an earlier version, linted now
 * with the same settings).
 *
 * Findings match on rule, section and excerpt (normalised), never on line numbers,
 * so a finding keeps its identity when text above it is added, removed or moved.
 * The match is a multiset: two equal findings in the baseline excuse two, not three.
 * What the first pass leaves unmatched gets a second chance on rule, section and
 * message, for a finding whose surrounding words changed (an excerpt carries up to
 * 40 characters of context) but that says the same thing. `input/unreadable` is never
 * left out: an input that cannot be read is exit 2 whatever the baseline says.
 *
 * Findings are matched per file: a baseline entry covers the file at its path and no
 * other, so a new notice made from the same template cannot inherit another file's
 * baseline. `lint --write-baseline` writes entries whose `path` is relative to the
 * repository root (the git root above the working directory, else the working
 * directory), so the baseline holds wherever in the repository lint runs. A JSON report
 * of an earlier version (`lint --format json`, paths as given then) is still read, its
 * paths taken relative to the working directory. A notice as the baseline is an earlier
 * version of the one notice linted (with several, of the one with the same file name).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError, UnreadableInputError, type Lang } from '../model/errors.js';
import type { FileResult, Finding } from '../model/finding.js';
import { oneLine } from '../util/terminal.js';
import { findingKey } from '../report/meta.js';
import { withLimits } from '../ingest/reasons.js';
import { readRegularFile } from './files.js';
import { inBoth, MESSAGES } from '../report/messages/index.js';

export type BaselineFinding = Pick<Finding, 'ruleId' | 'section' | 'excerpt' | 'message'>;

export interface Baseline {
  source: string;
  /** `baseline`: written by --write-baseline (paths from the repository root); `report`: a JSON report; `notice`: an earlier version */
  kind: 'baseline' | 'report' | 'notice';
  /** baseline findings per file as the baseline names it (relative to the repository root for `baseline`, else to the working directory) */
  files: { file: string; findings: BaselineFinding[] }[];
}

/** The format `lint --write-baseline` writes. */
export interface BaselineFile {
  seloste: 'baseline';
  version: 2;
  /** what the paths are relative to */
  root: 'repository';
  files: { path: string; findings: BaselineFinding[] }[];
}

/** The repository root above `cwd` (a folder holding `.git`), else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** A file's path as a baseline names it: relative to the repository root, with forward slashes. */
export function baselinePath(file: string, cwd: string, root = repositoryRoot(cwd)): string {
  return relative(root, resolve(cwd, file)).split(sep).join('/');
}

/** The baseline of these results (every finding but unreadable inputs), as --write-baseline writes it. */
export function makeBaseline(results: FileResult[], cwd: string): BaselineFile {
  const root = repositoryRoot(cwd);
  return {
    seloste: 'baseline',
    version: 2,
    root: 'repository',
    files: results
      .filter((r) => r.format !== null)
      .map((r) => ({
        path: baselinePath(r.file, cwd, root),
        findings: r.findings
          .filter((f) => f.ruleId !== NEVER_BASELINED)
          .map(({ ruleId, section, excerpt, message }) => ({ ruleId, section, excerpt, message })),
      })),
  };
}

const NEVER_BASELINED = 'input/unreadable';

/**
 * Reads a baseline, only when it is a regular file within the input size limit
 * (`maxBytes`, --max-file-size). A `.json` file, or one whose text is JSON (`{…}`,
 * `null` …), is a JSON report and must be one: a report that does not parse is an
 * error, never read as a notice that would hide nothing or everything. Anything else
 * is a notice, read and linted by `lintNotice`.
 */
export async function loadBaseline(
  path: string,
  lang: Lang,
  lintNotice: (file: string) => Promise<Finding[]>,
  maxBytes = 50 * 1024 * 1024,
): Promise<Baseline> {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, maxBytes, true);
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    const why =
      err.code === 'not-found'
        ? inBoth((m) => m.io.baselineNotFound)
        : err.code === 'not-a-file'
          ? inBoth((m) => m.io.baselineNotAFile)
          : { fi: MESSAGES.fi.io.baselineReason(err.reason.fi), en: MESSAGES.en.io.baselineReason(err.reason.en) };
    throw new ConfigError(`${oneLine(path)}: ${why[lang]}`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/\.json$/i.test(path) || /^\s*[[{]/.test(text) || looksLikeJson(text))
    return { source: path, ...parseReport(path, text, lang) };
  try {
    return { source: path, kind: 'notice', files: [{ file: path, findings: await lintNotice(path) }] };
  } catch (err) {
    if (err instanceof UnreadableInputError)
      throw new ConfigError(`${oneLine(path)}: ${withLimits(err, { maxBytes }).reason[lang]} (--baseline)`);
    throw err;
  }
}

/** `null`, `true`, `42`: JSON that no notice is. */
function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (t.length > 64) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function parseReport(path: string, text: string, lang: Lang): Pick<Baseline, 'kind' | 'files'> {
  const bad = (why: string) =>
    new ConfigError(
      `${oneLine(path)}: ${lang === 'fi' ? `ei ole seloste-raportti (lint --format json): ${why}` : `not a seloste report (lint --format json): ${why}`}`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw bad((err as Error).message);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw bad(lang === 'fi' ? 'ei JSON-objekti' : 'not a JSON object');
  const report = raw as { seloste?: unknown; version?: unknown; files?: unknown };
  const written = report.seloste === 'baseline';
  if (written ? report.version !== 2 : report.version !== 1) throw bad(written ? 'version ≠ 2' : 'version ≠ 1');
  if (!Array.isArray(report.files)) throw bad('files');
  const files = report.files.map((f: unknown, i: number) => {
    const entry = f as { file?: unknown; path?: unknown; findings?: unknown };
    const name = written ? entry.path : entry.file;
    if (typeof name !== 'string' || !Array.isArray(entry.findings)) throw bad(`files[${i}]`);
    const file = { file: name, findings: entry.findings };
    const findings = file.findings.map((x: unknown, j: number) => {
      const g = x as Record<string, unknown>;
      if (typeof g.ruleId !== 'string') throw bad(`files[${i}].findings[${j}].ruleId`);
      return {
        ruleId: g.ruleId,
        section: typeof g.section === 'string' ? g.section : null,
        excerpt: typeof g.excerpt === 'string' ? g.excerpt : '',
        message: typeof g.message === 'string' ? g.message : '',
      };
    });
    return { file: file.file, findings };
  });
  return { kind: written ? 'baseline' : 'report', files };
}

/**
 * The baseline findings that apply to one linted file: the entry for the same file
 * (its path from the repository root for a written baseline, from the working
 * directory for a report), never another file's. A notice baseline is the earlier
 * version of the one file linted, or, in a batch, of the file with its name.
 */
export function baselineFor(baseline: Baseline, file: string, cwd: string, linted = 1): BaselineFinding[] | undefined {
  if (baseline.kind === 'notice') {
    const b = baseline.files[0];
    return linted === 1 || basename(b.file) === basename(file) ? b.findings : undefined;
  }
  if (baseline.kind === 'baseline') {
    const path = baselinePath(file, cwd);
    return baseline.files.find((b) => b.file === path)?.findings;
  }
  return baseline.files.find((b) => b.file === file || resolve(cwd, b.file) === resolve(cwd, file))?.findings;
}

const messageKey = (f: BaselineFinding) => `${f.ruleId}\u0000${f.section ?? ''}\u0000${f.message}`;

/** Splits one file's findings into new ones and those the baseline already had. */
export function matchBaseline(
  findings: Finding[],
  baseline: BaselineFinding[],
): { fresh: Finding[]; known: Finding[] } {
  const pool = new Map<string, BaselineFinding[]>();
  for (const b of baseline) {
    const k = findingKey(b);
    const list = pool.get(k);
    if (list) list.push(b);
    else pool.set(k, [b]);
  }
  const matched = new Set<Finding>();
  for (const f of findings) {
    if (f.ruleId === NEVER_BASELINED) continue;
    const list = pool.get(findingKey(f));
    if (list && list.length > 0) {
      list.pop();
      matched.add(f);
    }
  }
  const leftover = new Map<string, number>();
  for (const list of pool.values())
    for (const b of list) leftover.set(messageKey(b), (leftover.get(messageKey(b)) ?? 0) + 1);
  for (const f of findings) {
    if (matched.has(f) || f.ruleId === NEVER_BASELINED) continue;
    const n = leftover.get(messageKey(f)) ?? 0;
    if (n > 0) {
      leftover.set(messageKey(f), n - 1);
      matched.add(f);
    }
  }
  return { fresh: findings.filter((f) => !matched.has(f)), known: findings.filter((f) => matched.has(f)) };
}

/** Every file's findings less those in the baseline, and how many were left out. */
export function applyBaseline<T extends FileResult>(
  results: T[],
  baseline: Baseline,
  cwd: string,
): { results: T[]; baselined: number } {
  let baselined = 0;
  const out = results.map((r) => {
    const known = baselineFor(baseline, r.file, cwd, results.length);
    if (!known || known.length === 0) return r;
    const { fresh, known: left } = matchBaseline(r.findings, known);
    baselined += left.length;
    return { ...r, findings: fresh };
  });
  return { results: out, baselined };
}
