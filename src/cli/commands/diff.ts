import { Option, type Command } from 'commander';
import { diffNotices } from '../../api/notices.js';
import { DIFF_FORMATS, type DiffFormat } from '../../diff/render/formats.js';
import type { Lang } from '../../model/errors.js';
import { loadCatalogue, sectionName } from '../../segment/index.js';
import { common, noEmptyPaths, run, VERSION, wantsColor, type CommandModule } from '../context.js';
import { noticeEvents } from './compare.js';
import { refuseInputAsOutput, writeChunks } from '../output.js';

interface DiffFlags {
  format: DiffFormat;
  exitCode?: boolean;
  layout: 'side-by-side' | 'inline';
  /** false with --no-substance */
  substance: boolean;
}

/**
 * `seloste diff`: the arguments, the lines on stderr, the renderer and the exit code around
 * the library's diffNotices (src/api/notices.ts), which reads both notices (PDF/DOCX on
 * worker threads), lints them for "what changed in substance" and diffs them, each notice
 * under the time limit per document.
 */
export const diffCommand: CommandModule = (program, exit) => {
  program
    .command('diff')
    .description('section-aligned comparison of two notices (old, new)')
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .addOption(
      new Option('--layout <layout>', 'html: side by side or inline')
        .choices(['side-by-side', 'inline'])
        .default('side-by-side'),
    )
    .option('--exit-code', 'exit 1 when the notices differ')
    .option('--no-substance', 'leave out "what changed in substance" (both notices are then not linted)')
    .action(async (oldFile: string, newFile: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          const flags = cmd.opts() as DiffFlags;
          noEmptyPaths([oldFile, newFile], 'diff');
          refuseInputAsOutput(opts.output, [oldFile, newFile], lang);
          // Each unreadable notice is said on its own line; then diffNotices throws, and run() exits 2.
          // The unified view is a patch and carries no "what changed in substance".
          const result = await diffNotices(oldFile, newFile, {
            config,
            lang,
            substance: flags.substance && flags.format !== 'unified',
            onEvent: noticeEvents(lang),
          });
          // The renderers load only for this command, not with every other one.
          const { hasDifferences } = await import('../../diff/index.js');
          const { DIFF_CHUNK_RENDERERS } = await import('../../diff/render/index.js');
          const catalogue = loadCatalogue();
          const sectionLabel = (id: string, l: Lang) => sectionName(catalogue, id, l);
          const color = wantsColor(opts);
          await writeChunks(
            DIFF_CHUNK_RENDERERS[flags.format](result, {
              lang,
              color,
              layout: flags.layout,
              sectionLabel,
              toolVersion: VERSION,
            }),
            opts.output,
            color,
          );
          return flags.exitCode && hasDifferences(result) ? 1 : 0;
        }),
      );
    });
};
