import { Option, type Command } from 'commander';
import { compareNotices, type NoticeOptions } from '../../api/notices.js';
import { COMPARE_FORMATS, type CompareFormat } from '../../compare/render/formats.js';
import { CliError, type Lang } from '../../model/errors.js';
import { loadCatalogue } from '../../segment/index.js';
import { common, noEmptyPaths, run, VERSION, wantsColor, warningLine, type CommandModule } from '../context.js';
import { problem, refuseInputAsOutput, writeChunks, writeResult } from '../output.js';
import { inBoth } from '../../report/messages/index.js';

/**
 * `seloste compare`: the arguments, the lines on stderr, the renderer and the exit code
 * around the library's compareNotices (src/api/notices.ts), which expands the paths, reads
 * the notices as lint does (each under the time limit per document) and compares those read.
 */
export const compareCommand: CommandModule = (program, exit) => {
  program
    .command('compare')
    .description('many notices side by side: sections, key facts, shared templates')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table'))
    .option('--delimiter <char>', 'csv: the separator (default ; with --lang fi, , with --lang en)')
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          noEmptyPaths(paths, 'compare');
          const flags = cmd.opts() as { format: CompareFormat; delimiter?: string };
          const delimiter =
            flags.delimiter === undefined ? undefined : flags.delimiter === '\\t' ? '\t' : flags.delimiter;
          if (delimiter !== undefined && (delimiter.length !== 1 || /["\r\n\p{L}\p{N}]/u.test(delimiter)))
            throw new CliError(BAD_DELIMITER);
          if (flags.format === 'xlsx' && opts.output === undefined && process.stdout.isTTY)
            throw new CliError(XLSX_NEEDS_OUTPUT);
          const comparison = await compareNotices(paths, {
            config,
            lang,
            onEvent: noticeEvents(lang),
            // Before anything is read: the output must not overwrite a notice (a report of ours may be replaced).
            beforeRead: (files) => refuseInputAsOutput(opts.output, files, lang, true),
          });
          const catalogue = loadCatalogue();
          const sectionLabel = (id: string, l: Lang) => catalogue.byId.get(id)?.[l] ?? id;
          const color = wantsColor(opts);
          const renderOpts = { lang, color, sectionLabel, toolVersion: VERSION, delimiter };
          if (flags.format === 'xlsx') {
            // exceljs loads only for this format
            const { renderXlsx } = await import('../../compare/render/xlsx.js');
            const bytes = Buffer.from(await renderXlsx(comparison, renderOpts));
            if (opts.output === undefined) process.stdout.write(bytes);
            // writeResult writes bytes as it writes text (atomically, never onto an input); it only looks for an HTML head in them
            else writeResult(bytes as unknown as string, opts.output, lang);
          } else {
            const { COMPARE_CHUNK_RENDERERS } = await import('../../compare/render/index.js');
            await writeChunks(COMPARE_CHUNK_RENDERERS[flags.format](comparison, renderOpts), opts.output, color);
          }
          // an empty folder or glob, a file that could not be read or took too long: exit 2 after the rest is compared
          return comparison.unreadable.length > 0 ? 2 : 0;
        }),
      );
    });
};

/**
 * What diffNotices and compareNotices tell on the way, as the CLI's one-line messages on
 * stderr: `seloste: <path>: <reason>` (unreadable, too slow, skipped, an empty glob) and
 * `seloste: <path>: varoitus: <warning>`.
 */
export function noticeEvents(lang: Lang): NonNullable<NoticeOptions['onEvent']> {
  return (e) => {
    if (e.type === 'unmatched') problem(`${e.path}: ${e.reason}`);
    else if (e.type === 'warning') process.stderr.write(`${warningLine(e.file, e.warning, lang)}\n`);
    else problem(`${e.file}: ${e.reason}`);
  };
}

const BAD_DELIMITER = inBoth((m) => m.io.badDelimiter);

const XLSX_NEEDS_OUTPUT = inBoth((m) => m.io.xlsxNeedsOutput);
