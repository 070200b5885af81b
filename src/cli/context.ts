/**
 * What every command shares: the global options, the config and language, the
 * one-line problem report and exit code 2 for what cannot go on.
 */
import type { Command } from 'commander';
import { warningText } from '../ingest/reasons.js';
import { CliError, ConfigError, UnreadableInputError, type Lang } from '../model/errors.js';
import { oneLine } from '../util/terminal.js';
import { checkPackFiles, loadConfig, toIngestLimits, type Config } from '../api/config.js';
import type { BatchItem } from '../api/read-batch.js';
import { VERSION } from '../api/version.js';
import { problem } from './output.js';
import { inBoth } from '../report/messages/index.js';

export { VERSION };

export interface Common {
  lang?: Lang;
  config?: string;
  color?: boolean;
  debug?: boolean;
  output?: string;
  quiet?: boolean;
  format?: string;
}

/** A command adds itself to the program; its action reports the exit code through `exit`. */
export type CommandModule = (program: Command, exit: (code: number) => void) => void;

export const common = (cmd: Command): Common => cmd.optsWithGlobals() as Common;

/** Loads the config, runs the body, and turns what went wrong into one line and exit 2. */
export async function run(
  opts: Common,
  body: (opts: Common, lang: Lang, config: Config) => Promise<number>,
): Promise<number> {
  let lang: Lang = opts.lang ?? 'fi';
  try {
    if (opts.config === '') throw new CliError(emptyPath('--config'));
    const config = loadConfig(opts.config, process.cwd(), lang);
    lang = opts.lang ?? config.lang ?? 'fi';
    checkPackFiles(config.pack, lang);
    return await body(opts, lang, config);
  } catch (err) {
    if (err instanceof UnreadableInputError) {
      // readOne already printed the line with the path
    } else if (err instanceof CliError) problem(err.reason[lang]);
    else if (err instanceof ConfigError) problem(err.message);
    else problem(`internal error: ${(err as Error).message}`);
    if (opts.debug) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

/**
 * Reads the notices of a command other than lint, one at a time in input order, under
 * the same limits as lint (config `limits`: size, pages, DOCX, time per document, with
 * PDF and DOCX on worker threads). An unreadable file prints `seloste: <path>: <reason>`
 * and comes back as `error`; the caller decides whether to go on.
 */
export async function* readNotices(files: readonly string[], lang: Lang, config: Config): AsyncGenerator<BatchItem> {
  const { readBatch } = await import('../api/read-batch.js');
  for await (const item of readBatch(files, { limits: toIngestLimits(config) })) {
    if (item.error) problem(`${item.file}: ${item.error.reason[lang]}`);
    for (const w of item.extracted?.warnings ?? []) process.stderr.write(`${warningLine(item.file, w, lang)}\n`);
    yield item;
  }
}

/** An ingest warning as one stderr line: `seloste: <path>: varoitus: <warning>`. */
export function warningLine(file: string, warning: string, lang: Lang): string {
  return `seloste: ${oneLine(file)}: ${lang === 'fi' ? 'varoitus' : 'warning'}: ${oneLine(warningText(warning, lang))}`;
}

/** An empty path argument is a usage error, not "the working directory". */
export function noEmptyPaths(paths: readonly string[], what: string): void {
  if (paths.some((p) => p === '')) throw new CliError(emptyPath(what));
}

/** Said of an empty argument (an unset shell variable), which would otherwise mean the working directory. */
export function emptyPath(what: string): Record<Lang, string> {
  return inBoth((m) => m.io.emptyPath(what));
}

/** Reads one notice (see `readNotices`); an unreadable one throws after its line is printed. */
export async function readOne(file: string, lang: Lang, config: Config) {
  for await (const item of readNotices([file], lang, config)) {
    if (item.error) throw item.error;
    if (!item.extracted) break;
    const { timeLeft } = await import('../api/read-batch.js'); // loaded by readNotices already
    return { extracted: item.extracted, timeLeftMs: timeLeft(item, toIngestLimits(config).timeoutMs) };
  }
  throw new Error(`no result for ${file}`);
}

/** Colour only for a terminal, never with NO_COLOR, always with FORCE_COLOR (≠ 0). */
export function wantsColor(opts: Common): boolean {
  if (opts.color === false || opts.output) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return Boolean(process.stdout.isTTY);
}
