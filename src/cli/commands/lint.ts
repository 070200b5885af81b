import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../../model/errors.js';
import { SEVERITY_RANK, type Severity } from '../../model/finding.js';
import { loadChunkFormatter, REPORT_FORMATS, type ReportFormat } from '../../report/formats.js';
import { lintFiles, lintText, type LintEvent, type LintOptions, type LintResult } from '../../api/lint.js';
import { makeBaseline } from '../../api/baseline.js';
import { parsePages, parsePositive, parseSeconds, type Config } from '../config.js';
import { CliError } from '../../model/errors.js';
import { oneLine } from '../../util/terminal.js';
import {
  common,
  emptyPath,
  noEmptyPaths,
  run,
  VERSION,
  warningLine,
  wantsColor,
  type Common,
  type CommandModule,
} from '../context.js';
import { createProgress, type Progress } from '../progress.js';
import { problem, refuseInputAsOutput, writeChunks, writeResult } from '../output.js';
import { inBoth } from '../../report/messages/index.js';

interface LintFlags {
  format: ReportFormat;
  failOn: Severity;
  maxWarnings?: number;
  rule: string[];
  quiet?: boolean;
  baseline?: string;
  writeBaseline?: string;
  stdinFilename?: string;
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
    .argument('<paths...>', 'files, folders, globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('stylish'))
    .addOption(
      new Option('--fail-on <level>', 'lowest severity that fails (exit 1)')
        .choices(['error', 'warning', 'info'])
        .default('error'),
    )
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .option('--rule <id=severity>', 'override a rule severity (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('--max-file-size <MB>', 'largest input read, in MB (default 50)', parsePositive)
    .option('--max-pages <n>', 'most PDF pages read (default 500)', parsePages)
    .option(
      '--timeout <seconds>',
      'time limit per document (reading, sections, rules) in seconds, 0 = none (default 30)',
      parseSeconds,
    )
    .option(
      '--no-error-on-unmatched-pattern',
      'a folder or glob with no notice in it is not an error (exit 2 otherwise)',
    )
    .option('--no-progress', 'no progress bar (it shows only on a terminal anyway)')
    .option(
      '--baseline <file>',
      'leave out findings already in this baseline (--write-baseline), JSON report or earlier notice; only new ones count',
    )
    .option(
      '--write-baseline <file>',
      'write the findings of this run as a baseline (paths from the repository root) and exit 0',
    )
    .option(
      '--stdin-filename <name>',
      'with "-": the name of the notice read from standard input (in the report and the baseline)',
    )
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(await run(common(cmd), (opts, lang, config) => lint(paths, cmd.opts(), opts, lang, config)));
    });
};

/**
 * `seloste lint`: the arguments, the lines on stderr, the formatter and the exit code
 * around the library's lintFiles / lintText (src/api/lint.ts).
 */
async function lint(paths: string[], flags: LintFlags, opts: Common, lang: Lang, config: Config): Promise<number> {
  noEmptyPaths(paths, 'lint');
  if (flags.baseline === '') throw new CliError(emptyPath('--baseline'));
  if (flags.writeBaseline === '') throw new CliError(emptyPath('--write-baseline'));
  const stdin = paths.includes('-');
  if (stdin && paths.length > 1) throw new CliError(STDIN_ALONE);
  if (flags.stdinFilename !== undefined && !stdin) throw new CliError(STDIN_FILENAME_NEEDS_DASH);
  if (flags.stdinFilename === '') throw new CliError(emptyPath('--stdin-filename'));
  let progress: Progress = await createProgress(0, { enabled: false });
  const options: LintOptions = {
    config,
    lang,
    ruleFlags: flags.rule,
    limitFlags: flags,
    baseline: flags.baseline,
    quiet: flags.quiet,
    // only the HTML report shows the notice text; other formats do not keep it in memory
    keepText: flags.format === 'html',
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
    onEvent: (e) => (e.type === 'read' ? progress.tick(e.file) : say(e, lang, opts, (line) => progress.log(line))),
    beforeRead: async (files) => {
      // Before anything is read: the report must not overwrite a notice (a report of ours may be replaced).
      refuseInputAsOutput(opts.output, files, lang, true);
      refuseInputAsOutput(flags.writeBaseline, files, lang, false);
      progress = await createProgress(files.length, { lang, enabled: flags.progress !== false });
    },
  };
  let result: LintResult;
  try {
    if (stdin) {
      result = await lintText(await readStdin(), { ...options, file: flags.stdinFilename ?? '<stdin>' });
    } else {
      result = await lintFiles(paths, options);
    }
  } finally {
    progress.stop();
  }
  const broken = result.unreadable > 0 || result.unmatched.length > 0;
  if (flags.writeBaseline !== undefined) {
    const baseline = makeBaseline(result.allFindings, process.cwd());
    writeResult(`${JSON.stringify(baseline, null, 2)}\n`, flags.writeBaseline, lang);
    const n = baseline.files.reduce((sum, f) => sum + f.findings.length, 0);
    process.stderr.write(
      `seloste: ${lang === 'fi' ? `vertailukohta kirjoitettu: ${oneLine(flags.writeBaseline)} (${n} havaintoa, ${baseline.files.length} tiedostoa)` : `baseline written: ${oneLine(flags.writeBaseline)} (${n} findings, ${baseline.files.length} files)`}\n`,
    );
    return broken ? 2 : 0;
  }
  // the report is written as it is made: it never has to fit in one string
  const format = await loadChunkFormatter(flags.format);
  const color = wantsColor(opts);
  await writeChunks(
    format(result.report, { lang, color, toolVersion: VERSION, failOn: flags.failOn }),
    opts.output,
    color,
  );
  if (broken) return 2;
  const failRank = SEVERITY_RANK[flags.failOn];
  const failing = result.report.files.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= failRank));
  if (flags.maxWarnings !== undefined && result.warningCount > flags.maxWarnings) {
    problem(
      lang === 'fi'
        ? `liian monta varoitusta: ${result.warningCount} (enintään ${flags.maxWarnings}, --max-warnings)`
        : `too many warnings: ${result.warningCount} (maximum: ${flags.maxWarnings}, --max-warnings)`,
    );
    return 1;
  }
  return failing ? 1 : 0;
}

/** What the library tells on the way, as the CLI's one-line messages on stderr. */
function say(e: Exclude<LintEvent, { type: 'read' }>, lang: Lang, opts: Common, log: (line: string) => void): void {
  if (e.type === 'unmatched') problem(`${e.path}: ${e.reason}`);
  else if (e.type === 'warning') log(warningLine(e.file, e.warning, lang));
  else {
    if (e.type === 'unreadable' && opts.debug && e.error.cause)
      process.stderr.write(`${(e.error.cause as Error).stack}\n`);
    log(`seloste: ${oneLine(e.file)}: ${oneLine(e.reason)}`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const STDIN_ALONE = inBoth((m) => m.io.stdinAlone);
const STDIN_FILENAME_NEEDS_DASH = inBoth((m) => m.io.stdinFilenameNeedsDash);

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
