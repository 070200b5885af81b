/**
 * The command line: arguments, config, files, exit code. Everything it calls can be
 * tested without a process; nothing below it prints or exits.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, UnreadableInputError, type Lang } from '../model/errors.js';
import { SEVERITY_RANK, type FileResult, type Finding, type Severity } from '../model/finding.js';
import { FORMATTERS, summarise } from '../report/index.js';
import { Linter } from '../rules/engine.js';
import { loadPack, type RuleDef } from '../rules/pack.js';
import { buildNotice, loadCatalogue } from '../segment/index.js';
import { loadConfig, toSettings, type Config } from './config.js';
import { expandInputs } from './inputs.js';
import { problem, writeResult } from './output.js';
import { renderRuleList, renderExplain, STARTER_CONFIG } from './rule-docs.js';
import { renderSections } from './sections-view.js';

const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

interface Common {
  lang?: Lang;
  config?: string;
  color?: boolean;
  debug?: boolean;
  output?: string;
  quiet?: boolean;
  format?: string;
}

/** Runs the CLI and resolves to the exit code (0, 1 or 2). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('seloste')
    .description('Linter and comparator for Finnish privacy notices (tietosuojaseloste)')
    .version(VERSION)
    .addOption(new Option('--lang <lang>', 'message language').choices(['fi', 'en']))
    .option('--config <file>', 'configuration file (default: found upward from the working directory)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces of internal errors')
    .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout')
    .showHelpAfterError()
    .exitOverride();

  const common = (cmd: Command): Common => cmd.optsWithGlobals() as Common;

  program
    .command('text')
    .description('print the extracted, normalised text that line numbers refer to')
    .argument('<file>')
    .action(async (file: string, _o, cmd: Command) => {
      code = await run(common(cmd), async (opts, lang) => {
        const { extracted } = await readOne(file, lang);
        writeResult(extracted.text, opts.output);
        return 0;
      });
    });

  program
    .command('sections')
    .description('show how a notice was split into sections')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, _o, cmd: Command) => {
      code = await run(common(cmd), async (opts, lang) => {
        const { extracted } = await readOne(file, lang);
        const notice = buildNotice(file, extracted);
        writeResult(renderSections(notice, opts.format ?? 'text', lang, loadCatalogue()), opts.output);
        return 0;
      });
    });

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
      code = await run(common(cmd), (opts, lang, config) => lint(paths, cmd.opts(), opts, lang, config));
    });

  program
    .command('rules')
    .description('list the rules with their documentation')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (_o, cmd: Command) => {
      code = await run(common(cmd), async (opts, lang, config) => {
        writeResult(renderRuleList(loadPack(config.pack), opts.format ?? 'text', lang, loadCatalogue()), opts.output);
        return 0;
      });
    });

  program
    .command('explain')
    .description('one rule: what it checks, why (GDPR article), how to fix')
    .argument('<rule-id>')
    .action(async (id: string, _o, cmd: Command) => {
      code = await run(common(cmd), async (opts, lang, config) => {
        const def = loadPack(config.pack).find((d: RuleDef) => d.id === id);
        if (!def) throw new ConfigError(`${id}: unknown rule id (seloste rules lists them)`);
        writeResult(renderExplain(def, lang), opts.output);
        return 0;
      });
    });

  program
    .command('init')
    .description('write a commented starter config file (seloste.config.yaml)')
    .action(async (_o, cmd: Command) => {
      // init must work where a broken config lies, so it reads none.
      const opts = common(cmd);
      const fi = (opts.lang ?? 'fi') === 'fi';
      const target = opts.output ?? 'seloste.config.yaml';
      if (existsSync(target)) {
        problem(`${target}: ${fi ? 'on jo olemassa; ei korvattu' : 'already exists; not overwritten'}`);
        code = 2;
        return;
      }
      code = await run({ ...opts, config: undefined }, async () => {
        writeResult(STARTER_CONFIG, target);
        process.stderr.write(`seloste: ${fi ? 'kirjoitettu' : 'wrote'} ${target}\n`);
        return 0;
      });
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (typeof e.exitCode === 'number') return 2; // usage error, already explained by commander
    throw err;
  }
  return code;
}

async function run(
  opts: Common,
  body: (opts: Common, lang: Lang, config: Config) => Promise<number>,
): Promise<number> {
  try {
    const config = loadConfig(opts.config, process.cwd());
    const lang: Lang = opts.lang ?? config.lang ?? 'fi';
    return await body(opts, lang, config);
  } catch (err) {
    if (err instanceof UnreadableInputError) {
      // readOne already printed the line with the path
    } else if (err instanceof ConfigError) problem(err.message);
    else problem(`internal error: ${(err as Error).message}`);
    if (opts.debug) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

async function readOne(file: string, lang: Lang) {
  const { readNotice } = await import('../ingest/index.js');
  try {
    return { extracted: await readNotice(file) };
  } catch (err) {
    if (err instanceof UnreadableInputError) problem(`${file}: ${err.reason[lang]}`);
    throw err;
  }
}

interface LintFlags {
  format: string;
  failOn: Severity;
  maxWarnings?: number;
  rule: string[];
  quiet?: boolean;
}

async function lint(paths: string[], flags: LintFlags, opts: Common, lang: Lang, config: Config): Promise<number> {
  const defs = loadPack(config.pack);
  let linter: Linter;
  try {
    linter = new Linter(defs, loadCatalogue(), toSettings(config, flags.rule, lang, new Date()));
  } catch (err) {
    // Say where the unknown rule id came from: the config file or a --rule flag.
    const id = /^rules\.(.+): unknown rule id$/.exec((err as Error).message)?.[1];
    if (!id) throw err;
    const fromFlag = flags.rule.some((r) => r.startsWith(`${id}=`));
    throw new ConfigError(fromFlag ? `--rule ${id}: unknown rule id (seloste rules lists them)` : `${config.file}: rules.${id}: unknown rule id`);
  }
  const unreadableRule = defs.find((d) => d.id === 'input/unreadable');
  const { readNotice } = await import('../ingest/index.js');
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
  const color = opts.color !== false && !opts.output && wantsColor();
  writeResult(FORMATTERS[flags.format]({ files: shown }, { lang, color, toolVersion: VERSION }), opts.output);
  if (unreadable > 0) return 2;
  const failRank = SEVERITY_RANK[flags.failOn];
  const failing = results.some((r) => r.findings.some((f: Finding) => SEVERITY_RANK[f.severity] >= failRank));
  const { warnings } = summarise(results);
  if (failing || (flags.maxWarnings !== undefined && warnings > flags.maxWarnings)) return 1;
  return 0;
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

function wantsColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return Boolean(process.stdout.isTTY);
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
