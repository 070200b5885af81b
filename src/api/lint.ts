/**
 * The lint flow as a library (SPEC §9): config, pack, files read under the limits (PDF
 * and DOCX on worker threads), each notice split and checked, the baseline applied.
 * `seloste lint` is a thin layer over `lintFiles`/`lintText`: it adds the arguments,
 * the lines on stderr, the formatter and the exit code.
 *
 * Nothing here writes to stdout or stderr: what the CLI prints is told through `onEvent`.
 */
import { closestRuleId } from '../rules/rule-ids.js';
import { UnreadableInputError, ConfigError, type Lang } from '../model/errors.js';
import type { Finding, Severity, SeverityLevel } from '../model/finding.js';
import type { Extracted } from '../model/notice.js';
import { resolve } from 'node:path';
import type { IngestOptions } from '../ingest/index.js';
import { warningText, withLimits } from '../ingest/reasons.js';
import { summarise } from '../report/summary.js';
import type { LintReport, ReportFile, RuleMeta } from '../report/types.js';
import { Linter, type LintSettings } from '../rules/engine.js';
import { loadPack, type RuleDef } from '../rules/pack.js';
import { buildNotice, loadCatalogue } from '../segment/index.js';
import { applyBaseline, loadBaseline } from './baseline.js';
import {
  CONFIG_DEFAULTS,
  checkPackFiles,
  loadConfig,
  toIngestLimits,
  toSettings,
  type Config,
  type ConfigInput,
  type LimitFlags,
} from './config.js';
import { expandInputs, UNMATCHED } from './inputs.js';
import { clampTimeout, within, withinEach } from './deadline.js';
import { readBatch, timeLeft, timeLimitOf, type BatchItem } from './read-batch.js';
import { inBoth } from '../report/messages/index.js';
import { timed } from '../util/timing.js';

/** The rule an unreadable input is reported under. */
const UNREADABLE = 'input/unreadable';

export interface LintOptions {
  /** Where relative paths, the config search and `.selosteignore` start. Default: process.cwd(). */
  cwd?: string;
  /**
   * A config file's path; or the config itself (the keys of seloste.config.yaml); or
   * `false` for none. Default: found upward from `cwd`, as the CLI does.
   */
  config?: string | ConfigInput | false;
  /** Message language. Default: the config's `lang`, else 'fi'. */
  lang?: Lang;
  /** Severity overrides over the config's (as `--rule id=severity`). */
  rules?: Record<string, SeverityLevel>;
  /** Findings already known (a baseline written by --write-baseline, a JSON report, or an earlier version of the notice) are left out. */
  baseline?: string;
  /** Errors only, as --quiet. */
  quiet?: boolean;
  /** Keep each notice's text and segments in the result (the HTML report shows them). */
  keepText?: boolean;
  /** A folder or glob that yields no notice counts as `unmatched` (default true). */
  errorOnUnmatchedPattern?: boolean;
  /** The clock the date rules use. Default: now. */
  now?: Date;
  /**
   * Time limit per document, in ms, for all of its work: reading, segmenting and every
   * rule (a pattern of the user's included). A document past it is unreadable
   * ('timeout') and the rest goes on. Default: the config's `limits.timeoutSeconds`,
   * else 30 s; 0 is none; more than 2^31 - 1 ms (about 24.8 days) is that.
   */
  timeoutMs?: number;
  /** What happens on the way, for a caller that reports it (the CLI prints each as a line). */
  onEvent?: (event: LintEvent) => void;
  /** @internal the CLI's `--rule id=severity` strings, checked and named as flags */
  ruleFlags?: string[];
  /** @internal the CLI's limit flags (they override the config's limits) */
  limitFlags?: LimitFlags;
  /** @internal the files found, before any is read (the CLI refuses an output that is an input, starts its progress bar) */
  beforeRead?: (files: string[]) => void | Promise<void>;
}

export type LintEvent =
  | { type: 'read'; file: string }
  | { type: 'unreadable'; file: string; reason: string; error: UnreadableInputError }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'warning'; file: string; warning: string }
  | { type: 'unmatched'; path: string; reason: string };

export interface LintResult {
  /** What the formatters take: every file with its findings (after the baseline and `quiet`), the rules, the sections. */
  report: LintReport;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** files that could not be read (each has one `input/unreadable` finding) */
  unreadable: number;
  /** folders and globs that yielded no notice */
  unmatched: string[];
  /** findings left out because the baseline had them */
  baselined?: number;
  /** every file's findings before the baseline (what --write-baseline records) */
  allFindings: ReportFile[];
}

/** A run's settings, made once: the config, the pack, the linter. */
export interface Prepared {
  cwd: string;
  lang: Lang;
  config: Config;
  defs: RuleDef[];
  linter: Linter;
  settings: LintSettings;
}

/** @internal shared with diffNotices and compareNotices */
export function prepare(
  options: Pick<LintOptions, 'cwd' | 'config' | 'lang' | 'rules' | 'ruleFlags' | 'now'>,
): Prepared {
  const cwd = options.cwd ?? process.cwd();
  let lang: Lang = options.lang ?? 'fi';
  const config: Config =
    options.config === false
      ? { ...CONFIG_DEFAULTS, file: null }
      : typeof options.config === 'object'
        ? { ...CONFIG_DEFAULTS, ...options.config, file: (options.config as Partial<Config>).file ?? null }
        : loadConfig(options.config, cwd, lang);
  lang = options.lang ?? config.lang ?? 'fi';
  checkPackFiles(config.pack, lang);
  const defs = loadPack(config.pack);
  const flags = [
    ...Object.entries(options.rules ?? {}).map(([id, level]) => `${id}=${level}`),
    ...(options.ruleFlags ?? []),
  ];
  let settings: LintSettings;
  let linter: Linter;
  try {
    settings = toSettings(config, flags, lang, options.now ?? new Date());
    linter = new Linter(defs, loadCatalogue(), settings);
  } catch (err) {
    // Say where the unknown rule id came from: the config file, a --rule flag or the `rules` option.
    const id = /^rules\.(.+): unknown rule id$/.exec((err as Error).message)?.[1];
    if (!id) throw err;
    const close = closestRuleId(
      id,
      defs.map((d) => d.id),
    );
    const hint = close
      ? lang === 'fi'
        ? ` (tarkoititko ${close}?)`
        : ` (did you mean ${close}?)`
      : ' (seloste rules lists them)';
    if (options.ruleFlags?.some((r) => r.startsWith(`${id}=`)))
      throw new ConfigError(`--rule ${id}: unknown rule id${hint}`);
    if (options.rules && id in options.rules) throw new ConfigError(`rules.${id}: unknown rule id${hint}`);
    throw new ConfigError(`${config.file ?? 'config'}: rules.${id}: unknown rule id${hint}`);
  }
  return { cwd, lang, config, defs, linter, settings };
}

/**
 * Lints files, folders and globs (as `seloste lint <paths...>`). An unreadable file is
 * an `input/unreadable` finding and the rest still runs; a bad config or pack throws a
 * ConfigError.
 */
export async function lintFiles(paths: string[], options: LintOptions = {}): Promise<LintResult> {
  const p = timed('(options, config and rule pack)', () => prepare(options));
  const unmatched: string[] = [];
  const files = await expandInputs(paths, p.config.ignore, p.cwd, (path) => {
    if (options.errorOnUnmatchedPattern === false) return;
    unmatched.push(path);
    options.onEvent?.({ type: 'unmatched', path, reason: UNMATCHED[p.lang] });
  });
  const limits = limitsOf(p, options);
  const baseline = await readBaseline(options, p, limits);
  await options.beforeRead?.(files);
  const abs = (f: string) => (p.cwd === process.cwd() ? f : resolve(p.cwd, f));
  const batch = readBatch(files.map(abs), {
    limits,
    onProgress: (_d, _t, file) => options.onEvent?.({ type: 'read', file }),
  });
  return finish(p, options, await lintItems(p, options, renamed(batch, files), limits), unmatched, baseline);
}

/**
 * Lints one notice given as text or bytes (an editor's buffer, standard input). `file`
 * names it in the result and picks the baseline entry; the format is sniffed from the bytes.
 */
export async function lintText(
  text: string | Uint8Array,
  options: LintOptions & { file?: string } = {},
): Promise<LintResult> {
  const p = timed('(options, config and rule pack)', () => prepare(options));
  const file = options.file ?? '<text>';
  const limits = limitsOf(p, options);
  const baseline = await readBaseline(options, p, limits);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  // Read as a file of a batch is (PDF and DOCX on a worker thread), under the same limits.
  const batch = readBatch([{ file, bytes }], { limits, workers: 1 });
  return finish(p, options, await lintItems(p, options, batch, limits), [], baseline);
}

/** @internal The ingest limits of a run: the config's, over them the CLI's flags, over those the `timeoutMs` option. */
export function limitsOf(p: Prepared, options: Pick<LintOptions, 'limitFlags' | 'timeoutMs'>): IngestOptions {
  const limits = toIngestLimits(p.config, options.limitFlags);
  if (options.timeoutMs !== undefined) limits.timeoutMs = clampTimeout(options.timeoutMs);
  return { ...limits, timeoutMs: timeLimitOf(limits) };
}

/** The batch read at absolute paths (cwd option), named as the caller named them. */
async function* renamed(batch: AsyncGenerator<BatchItem>, names: string[]): AsyncGenerator<BatchItem> {
  let i = 0;
  for await (const item of batch) yield { ...item, file: names[i++] ?? item.file };
}

async function readBaseline(options: LintOptions, p: Prepared, limits: IngestOptions) {
  if (options.baseline === undefined) return undefined;
  return loadBaseline(
    p.cwd === process.cwd() ? options.baseline : resolve(p.cwd, options.baseline),
    p.lang,
    // An earlier notice as the baseline is read and linted under the same time limit as the notices.
    async (file) => {
      for await (const item of readBatch([file], { limits, workers: 1 })) {
        if (item.error) throw item.error;
        return within(timeLeft(item, limits.timeoutMs), () => p.linter.lint(buildNotice(file, item.extracted!)));
      }
      throw new Error(`no result for ${file}`);
    },
    limits.maxBytes,
  );
}

async function lintItems(
  p: Prepared,
  options: LintOptions,
  items: AsyncIterable<BatchItem>,
  limits: IngestOptions,
): Promise<ReportFile[]> {
  const unreadableRule = p.defs.find((d) => d.id === UNREADABLE);
  // input/unreadable obeys its severity like every rule: warning or info marks the finding so,
  // off leaves it out (the stderr line still says the file was not read; see `unreadableCounts`).
  const severity = unreadableRule ? (p.settings.severity.get(UNREADABLE) ?? unreadableRule.severity) : 'off';
  const results: ReportFile[] = [];
  const failed = (file: string, error: UnreadableInputError) => {
    options.onEvent?.({ type: 'unreadable', file, reason: error.reason[p.lang], error });
    const findings =
      unreadableRule && severity !== 'off' ? [unreadableFinding(unreadableRule, severity, error, p.lang)] : [];
    results.push({ file, format: null, findings });
  };
  // Documents are linted a few at a time, so that one watchdog call can cover several
  // (withinEach: the same documents time out); what each says is said in order after.
  const batch: BatchItem[] = [];
  const lintBatch = () => {
    const readable = batch.filter((item) => !item.error);
    const outcomes = withinEach(
      readable.map((item) => ({
        // Segmenting and the rules get what is left of the document's time limit after its read.
        ms: timeLeft(item, limits.timeoutMs),
        fn: () => lintOne(p, item.file, item.extracted!, options.keepText === true),
      })),
    );
    let next = 0;
    for (const { file, extracted, error } of batch) {
      if (error?.code === 'own-output') {
        // a report seloste wrote (e.g. -o into the linted folder): noted, not linted, not counted
        options.onEvent?.({ type: 'skipped', file, reason: error.reason[p.lang] });
        continue;
      }
      if (error) {
        failed(file, error);
        continue;
      }
      for (const w of extracted!.warnings) options.onEvent?.({ type: 'warning', file, warning: w });
      const outcome = outcomes[next++];
      if (outcome.ok) {
        results.push(outcome.value);
        continue;
      }
      const err = outcome.error;
      if (err instanceof UnreadableInputError) {
        failed(file, withLimits(err, limits));
        continue;
      }
      // A bug of ours on one notice must not lose the batch: it is reported like an unreadable file.
      const message = (err as Error).message;
      failed(
        file,
        new UnreadableInputError(
          'read-error',
          inBoth((m) => m.io.internalCheck(message)),
          { cause: err },
        ),
      );
    }
    batch.length = 0;
  };
  let held = 0;
  for await (const item of items) {
    batch.push(item);
    held += item.extracted?.text.length ?? 0;
    if (batch.length >= LINT_BATCH || held >= LINT_BATCH_CHARS) {
      lintBatch();
      held = 0;
    }
  }
  lintBatch();
  return results;
}

/** Documents linted together (held in memory at once, read ahead of the linting). */
const LINT_BATCH = 8;
/**
 * A batch this long in characters is linted at once: the watchdog's cost matters for small
 * notices only, and a few large ones are not held in memory together for it.
 */
const LINT_BATCH_CHARS = 256 * 1024;

function lintOne(p: Prepared, file: string, extracted: Extracted, keepText: boolean): ReportFile {
  const notice = buildNotice(file, extracted);
  const result: ReportFile = { file, format: extracted.format, findings: p.linter.lint(notice) };
  if (extracted.warnings.length) result.warnings = extracted.warnings.map((w) => warningText(w, p.lang));
  if (keepText) {
    result.text = notice.text;
    result.segments = notice.segments.map(({ ids, heading, start, end, startLine }) => ({
      ids,
      heading,
      start,
      end,
      startLine,
    }));
    // PDF: the page of each line, so that the HTML report numbers lines on their page as the findings do
    if (extracted.linePages) result.linePages = extracted.linePages;
  }
  return result;
}

function finish(
  p: Prepared,
  options: LintOptions,
  all: ReportFile[],
  unmatched: string[],
  baseline: Awaited<ReturnType<typeof readBaseline>>,
): LintResult {
  let results = all;
  let baselined: number | undefined;
  if (baseline) ({ results, baselined } = applyBaseline(all, baseline, p.cwd));
  const shown = options.quiet
    ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : results;
  const catalogue = loadCatalogue();
  const report: LintReport = {
    files: shown,
    ...(baselined !== undefined ? { baselined } : {}),
    rules: ruleMeta(p.defs, p.settings),
    sections: catalogue.sections.map(({ id, fi, en, gdpr }) => ({ id, fi, en, gdpr })),
  };
  // counted before --quiet: a warning still counts for --max-warnings
  const counts = summarise(results);
  return {
    report,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    // an unreadable input makes the run exit 2 (SPEC §1) unless input/unreadable is switched off
    unreadable: all.filter((r) => r.format === null && r.findings.some((f) => f.ruleId === UNREADABLE)).length,
    unmatched,
    ...(baselined !== undefined ? { baselined } : {}),
    allFindings: all,
  };
}

/** The pack's rules as the formatters describe them, with the severity in force for this run. */
function ruleMeta(defs: RuleDef[], settings: LintSettings): RuleMeta[] {
  return defs.map((d) => ({
    id: d.id,
    severity: settings.severity.get(d.id) ?? d.severity,
    gdpr: d.gdpr,
    description: d.description,
    ...(d.fix ? { fix: d.fix } : {}),
  }));
}

function unreadableFinding(def: RuleDef, severity: Severity, err: UnreadableInputError, lang: Lang): Finding {
  return {
    ruleId: def.id,
    severity,
    message: def.message[lang].replace('{reason}', err.reason[lang]),
    section: null,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    page: null,
    excerpt: '',
    suggestion: null,
    gdpr: def.gdpr,
    range: [0, 0],
  };
}
