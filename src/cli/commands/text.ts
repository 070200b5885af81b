import type { Command } from 'commander';
import { common, readOne, run, type CommandModule } from '../context.js';
import { writeResult } from '../output.js';

export const textCommand: CommandModule = (program, exit) => {
  program
    .command('text')
    .description('print the extracted, normalised text that line numbers refer to')
    .argument('<file>')
    .action(async (file: string, _o, cmd: Command) => {
      exit(await run(common(cmd), async (opts, lang, config) => {
        const { extracted } = await readOne(file, lang, config);
        writeResult(extracted.text, opts.output);
        return 0;
      }));
    });
};
