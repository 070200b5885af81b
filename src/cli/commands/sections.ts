import type { Command } from 'commander';
import { Option } from 'commander';
import { within } from '../../api/deadline.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { common, noEmptyPaths, readOne, run, type CommandModule } from '../context.js';
import { refuseInputAsOutput, writeResult } from '../output.js';
import { renderSections } from '../sections-view.js';

export const sectionsCommand: CommandModule = (program, exit) => {
  program
    .command('sections')
    .description('show how a notice was split into sections')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          noEmptyPaths([file], 'sections');
          refuseInputAsOutput(opts.output, [file], lang);
          const { extracted, timeLeftMs } = await readOne(file, lang, config);
          // segmenting gets what the read left of the document's time limit, as in lint
          const notice = within(timeLeftMs, () => buildNotice(file, extracted));
          writeResult(renderSections(notice, opts.format ?? 'text', lang, loadCatalogue()), opts.output, lang);
          return 0;
        }),
      );
    });
};
