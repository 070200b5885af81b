import { InvalidArgumentError, Option, type Command } from 'commander';
import { ConfigError, UnreadableInputError, type Lang } from '../../model/errors.js';
import { SEVERITY_RANK, type FileResult, type Finding, type Severity } from '../../model/finding.js';
import { FORMATTERS, summarise } from '../../report/index.js';
import { Linter } from '../../rules/engine.js';
import { loadPack, type RuleDef } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
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
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(await run(common(cmd), (opts, lang, config) => lint(paths, cmd.opts(), opts, lang, config)));
    });
};

async function lint(paths: string[], flags: LintFlags, opts: Common, lang: Lang, config: Config): Promise<number> {
  const defs = loadPack(config.pack);
  const linter = makeLinter(defs, config, flags, lang);
  const unreadableRule = defs.find((d) => d.id === 'input/unreadable');
  const { readNotice } = await import('../../ingest/index.js');
  const files = await expandInputs(paths, config.ignore, process.cwd());
  const results: FileResult[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      const extracted = await readNotice(file);
      const notice = buildNotice(file, extracted);
      results.push({ file, format: extracted.format, findings: linter.lint(notice) });
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
  const shown = flags.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  writeResult(FORMATTERS[flags.format]({ files: shown }, { lang, color: wantsColor(opts), toolVersion: VERSION }), opts.output);
  if (unreadable > 0) return 2;
  const failRank = SEVERITY_RANK[flags.failOn];
  const failing = results.some((r) => r.findings.some((f: Finding) => SEVERITY_RANK[f.severity] >= failRank));
  const { warnings } = summarise(results);
  if (failing || (flags.maxWarnings !== undefined && warnings > flags.maxWarnings)) return 1;
  return 0;
}

function makeLinter(defs: RuleDef[], config: Config, flags: LintFlags, lang: Lang): Linter {
  try {
    return new Linter(defs, loadCatalogue(), toSettings(config, flags.rule, lang, new Date()));
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
