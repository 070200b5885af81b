import type { Command } from 'commander';
import { common, noEmptyPaths, readOne, run, type CommandModule } from '../context.js';
import { refuseInputAsOutput, writeResult } from '../output.js';

export const textCommand: CommandModule = (program, exit) => {
  program
    .command('text')
    .description('print the extracted, normalised text that line numbers refer to')
    .argument('<file>')
    .action(async (file: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          noEmptyPaths([file], 'text');
          refuseInputAsOutput(opts.output, [file], lang);
          const { extracted } = await readOne(file, lang, config);
          writeResult(extracted.text, opts.output, lang);
          return 0;
        }),
      );
    });
};
