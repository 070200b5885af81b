import { Option, type Command } from 'commander';
import { DIFF_FORMATS, type DiffFormat } from '../../diff/render/formats.js';
import type { Lang } from '../../model/errors.js';
import { Linter } from '../../rules/engine.js';
import { loadPack } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { toSettings } from '../config.js';
import { common, noEmptyPaths, readNotices, run, VERSION, wantsColor, type CommandModule } from '../context.js';
import { refuseInputAsOutput, writeResult } from '../output.js';

interface DiffFlags {
  format: DiffFormat;
  exitCode?: boolean;
  layout: 'side-by-side' | 'inline';
  /** false with --no-substance */
  substance: boolean;
}

export const diffCommand: CommandModule = (program, exit) => {
  program
    .command('diff')
    .description('section-aligned comparison of two notices (old, new)')
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .addOption(new Option('--layout <layout>', 'html: side by side or inline').choices(['side-by-side', 'inline']).default('side-by-side'))
    .option('--exit-code', 'exit 1 when the notices differ')
    .option('--no-substance', 'leave out "what changed in substance" (both notices are then not linted)')
    .action(async (oldFile: string, newFile: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          const flags = cmd.opts() as DiffFlags;
          noEmptyPaths([oldFile, newFile], 'diff');
          refuseInputAsOutput(opts.output, [oldFile, newFile], lang);
          const catalogue = loadCatalogue();
          // both read at once (PDF/DOCX on two workers); each unreadable one is said on its own line
          const read = [];
          for await (const item of readNotices([oldFile, newFile], lang, config)) read.push(item);
          if (read.some((item) => item.error)) return 2;
          const [oldNotice, newNotice] = read.map((item) => buildNotice(item.file, item.extracted!, catalogue));
          // The diff engine loads only for this command, not with every other one.
          const { diffNotices, hasDifferences, RENDERERS } = await import('../../diff/index.js');
          const result = diffNotices(oldNotice, newNotice);
          const sectionLabel = (id: string, l: Lang) => catalogue.byId.get(id)?.[l] ?? (id === 'preamble' ? (l === 'fi' ? 'johdanto' : 'preamble') : id);
          // What changed in substance: both versions linted as lint would (config, pack, language),
          // their key facts read as compare reads them.
          // The unified view is a patch and carries none.
          if (flags.substance && flags.format !== 'unified') {
            const { substanceOf, loadFactRules } = await import('../../compare/index.js');
            const linter = new Linter(loadPack(config.pack), catalogue, toSettings(config, [], lang, new Date()));
            const side = (notice: typeof oldNotice) => ({ notice, findings: linter.lint(notice), coverage: linter.coverage(notice) });
            result.substance = substanceOf(side(oldNotice), side(newNotice), { lang, factRules: loadFactRules(), sectionLabel });
          }
          const color = wantsColor(opts);
          writeResult(RENDERERS[flags.format](result, { lang, color, layout: flags.layout, sectionLabel, toolVersion: VERSION }), opts.output, lang, color);
          return flags.exitCode && hasDifferences(result) ? 1 : 0;
        }),
      );
    });
};
