import { InvalidArgumentError, Option, type Command } from 'commander';
import { ConfigError, UnreadableInputError, type Lang } from '../../model/errors.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../../model/finding.js';
import { FORMATTERS, summarise, type LintReport, type ReportFile, type RuleMeta } from '../../report/index.js';
import { Linter, type LintSettings } from '../../rules/engine.js';
import { loadPack, type RuleDef } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { applyBaseline, loadBaseline } from '../baseline.js';
import { toSettings, type Config } from '../config.js';
import { common, run, VERSION, wantsColor, type Common, type CommandModule } from '../context.js';
import { expandInputs } from '../inputs.js';
import { problem, writeResult } from '../output.js';

interface LintFlags {
  format: string;
  failOn: Severity;
  maxWarnings?: number;
  rule: string[];
  quiet?: boolean;
  baseline?: string;
}

export const lintCommand: CommandModule = (program, exit) => {
  program
    .command('lint')
    .description('check notices (files, folders, globs) against the rule pack')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails (exit 1)').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .option('--rule <id=severity>', 'override a rule severity (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('--baseline <file>', 'leave out findings already in this JSON report (lint --format json) or notice; only new ones count')
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(await run(common(cmd), (opts, lang, config) => lint(paths, cmd.opts(), opts, lang, config)));
    });
};

async function lint(paths: string[], flags: LintFlags, opts: Common, lang: Lang, config: Config): Promise<number> {
  const defs = loadPack(config.pack);
  const { linter, settings } = makeLinter(defs, config, flags, lang);
  const unreadableRule = defs.find((d) => d.id === 'input/unreadable');
  const { readNotice } = await import('../../ingest/index.js');
  const baseline = flags.baseline
    ? await loadBaseline(flags.baseline, lang, async (file) => linter.lint(buildNotice(file, await readNotice(file))))
    : undefined;
  const files = await expandInputs(paths, config.ignore, process.cwd());
  // Only the HTML report shows the notice text; other formats do not keep it in memory.
  const keepText = flags.format === 'html';
  let results: ReportFile[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      const extracted = await readNotice(file);
      const notice = buildNotice(file, extracted);
      const result: ReportFile = { file, format: extracted.format, findings: linter.lint(notice) };
      if (keepText) {
        result.text = notice.text;
        result.segments = notice.segments.map(({ ids, heading, start, end, startLine }) => ({ ids, heading, start, end, startLine }));
      }
      results.push(result);
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) {
        if (opts.debug) process.stderr.write(`${(err as Error).stack}\n`);
        err = new UnreadableInputError('read-error', {
          fi: `sisäinen virhe tiedostoa luettaessa (${(err as Error).message})`,
          en: `internal error while reading (${(err as Error).message})`,
        });
      }
      const e = err as UnreadableInputError;
      unreadable++;
      problem(`${file}: ${e.reason[lang]}`);
      results.push({ file, format: null, findings: unreadableRule ? [unreadableFinding(unreadableRule, e, lang)] : [] });
    }
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
  writeResult(FORMATTERS[flags.format](report, { lang, color: wantsColor(opts), toolVersion: VERSION, failOn: flags.failOn }), opts.output);
  if (unreadable > 0) return 2;
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
