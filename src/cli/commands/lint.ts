import { InvalidArgumentError, Option, type Command } from 'commander';
import { ConfigError, UnreadableInputError, type Lang } from '../../model/errors.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../../model/finding.js';
import { loadFormatter, REPORT_FORMATS, type ReportFormat } from '../../report/formats.js';
import { summarise } from '../../report/summary.js';
import type { LintReport, ReportFile, RuleMeta } from '../../report/types.js';
import { Linter, type LintSettings } from '../../rules/engine.js';
import { loadPack, type RuleDef } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { applyBaseline, loadBaseline } from '../baseline.js';
import { parsePages, parsePositive, parseSeconds, toIngestLimits, toSettings, type Config } from '../config.js';
import { warningText } from '../../ingest/reasons.js';
import { CliError } from '../../model/errors.js';
import { oneLine } from '../../model/terminal.js';
import { common, emptyPath, noEmptyPaths, run, VERSION, warningLine, wantsColor, type Common, type CommandModule } from '../context.js';
import { expandInputs, UNMATCHED } from '../inputs.js';
import { createProgress } from '../progress.js';
import { readBatch } from '../read-batch.js';
import { problem, refuseInputAsOutput, writeResult } from '../output.js';

interface LintFlags {
  format: ReportFormat;
  failOn: Severity;
  maxWarnings?: number;
  rule: string[];
  quiet?: boolean;
  baseline?: string;
  progress?: boolean;
  maxFileSize?: number;
  maxPages?: number;
  timeout?: number;
  errorOnUnmatchedPattern: boolean;
}

export const lintCommand: CommandModule = (program, exit) => {
  program
    .command('lint')
    .description('check notices (files, folders, globs) against the rule pack')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails (exit 1)').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .option('--rule <id=severity>', 'override a rule severity (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('--max-file-size <MB>', 'largest input read, in MB (default 50)', parsePositive)
    .option('--max-pages <n>', 'most PDF pages read (default 500)', parsePages)
    .option('--timeout <seconds>', 'time limit per PDF/DOCX, 0 = none (default 30)', parseSeconds)
    .option('--no-error-on-unmatched-pattern', 'a folder or glob with no notice in it is not an error (exit 2 otherwise)')
    .option('--no-progress', 'no progress bar (it shows only on a terminal anyway)')
    .option('--baseline <file>', 'leave out findings already in this JSON report (lint --format json) or notice; only new ones count')
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(await run(common(cmd), (opts, lang, config) => lint(paths, cmd.opts(), opts, lang, config)));
    });
};

async function lint(paths: string[], flags: LintFlags, opts: Common, lang: Lang, config: Config): Promise<number> {
  noEmptyPaths(paths, 'lint');
  if (flags.baseline === '') throw new CliError(emptyPath('--baseline'));
  const defs = loadPack(config.pack);
  const { linter, settings } = makeLinter(defs, config, flags, lang);
  const unreadableRule = defs.find((d) => d.id === 'input/unreadable');
  const { readNotice } = await import('../../ingest/index.js');
  const limits = toIngestLimits(config, flags);
  const baseline = flags.baseline
    ? await loadBaseline(flags.baseline, lang, async (file) => linter.lint(buildNotice(file, await readNotice(file, { ...limits, timeoutMs: 0 }))), limits.maxBytes)
    : undefined;
  let unmatched = 0;
  const files = await expandInputs(paths, config.ignore, process.cwd(), (path) => {
    if (flags.errorOnUnmatchedPattern === false) return;
    unmatched++;
    problem(`${path}: ${UNMATCHED[lang]}`);
  });
  // Before anything is read: the report must not overwrite a notice (a report of ours may be replaced).
  refuseInputAsOutput(opts.output, files, lang, true);
  // Only the HTML report shows the notice text; other formats do not keep it in memory.
  const keepText = flags.format === 'html';
  let results: ReportFile[] = [];
  let unreadable = 0;
  const report1 = (file: string, e: UnreadableInputError, log: (line: string) => void) => {
    unreadable++;
    if (opts.debug && e.cause) process.stderr.write(`${(e.cause as Error).stack}\n`);
    log(`seloste: ${oneLine(file)}: ${oneLine(e.reason[lang])}`);
    results.push({ file, format: null, findings: unreadableRule ? [unreadableFinding(unreadableRule, e, lang)] : [] });
  };
  const progress = await createProgress(files.length, { lang, enabled: flags.progress !== false });
  try {
    const batch = readBatch(files, { limits, onProgress: (_done, _total, file) => progress.tick(file) });
    for await (const { file, extracted, error } of batch) {
      if (error?.code === 'own-output') {
        // a report seloste wrote (e.g. -o into the linted folder): noted, not linted, not counted
        progress.log(`seloste: ${oneLine(file)}: ${error.reason[lang]}`);
        continue;
      }
      if (error) {
        report1(file, error, (line) => progress.log(line));
        continue;
      }
      for (const w of extracted!.warnings) progress.log(warningLine(file, w, lang));
      try {
        const notice = buildNotice(file, extracted!);
        const result: ReportFile = { file, format: extracted!.format, findings: linter.lint(notice) };
        if (extracted!.warnings.length) result.warnings = extracted!.warnings.map((w) => warningText(w, lang));
        if (keepText) {
          result.text = notice.text;
          result.segments = notice.segments.map(({ ids, heading, start, end, startLine }) => ({ ids, heading, start, end, startLine }));
        }
        results.push(result);
      } catch (err) {
        // A bug of ours on one notice must not lose the batch: it is reported like an unreadable file.
        if (opts.debug) process.stderr.write(`${(err as Error).stack}\n`);
        const e = new UnreadableInputError('read-error', {
          fi: `sisäinen virhe tiedostoa tarkistettaessa (${(err as Error).message})`,
          en: `internal error while checking (${(err as Error).message})`,
        });
        report1(file, e, (line) => progress.log(line));
      }
    }
  } finally {
    progress.stop();
  }
  let baselined: number | undefined;
  if (baseline) ({ results, baselined } = applyBaseline(results, baseline, process.cwd()));
  const shown = flags.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const catalogue = loadCatalogue();
  const report: LintReport = {
    files: shown,
    ...(baselined !== undefined ? { baselined } : {}),
    rules: ruleMeta(defs, settings),
    sections: catalogue.sections.map(({ id, fi, en, gdpr }) => ({ id, fi, en, gdpr })),
  };
  const format = await loadFormatter(flags.format);
  const color = wantsColor(opts);
  writeResult(format(report, { lang, color, toolVersion: VERSION, failOn: flags.failOn }), opts.output, lang, color);
  if (unreadable > 0 || unmatched > 0) return 2;
  const failRank = SEVERITY_RANK[flags.failOn];
  const failing = results.some((r) => r.findings.some((f: Finding) => SEVERITY_RANK[f.severity] >= failRank));
  const { warnings } = summarise(results);
  if (failing || (flags.maxWarnings !== undefined && warnings > flags.maxWarnings)) return 1;
  return 0;
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

function makeLinter(defs: RuleDef[], config: Config, flags: LintFlags, lang: Lang): { linter: Linter; settings: LintSettings } {
  try {
    const settings = toSettings(config, flags.rule, lang, new Date());
    return { linter: new Linter(defs, loadCatalogue(), settings), settings };
  } catch (err) {
    // Say where the unknown rule id came from: the config file or a --rule flag.
    const id = /^rules\.(.+): unknown rule id$/.exec((err as Error).message)?.[1];
    if (!id) throw err;
    const fromFlag = flags.rule.some((r) => r.startsWith(`${id}=`));
    throw new ConfigError(fromFlag ? `--rule ${id}: unknown rule id (seloste rules lists them)` : `${config.file}: rules.${id}: unknown rule id`);
  }
}

function unreadableFinding(def: RuleDef, err: UnreadableInputError, lang: Lang): Finding {
  return {
    ruleId: def.id,
    severity: 'error',
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

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
