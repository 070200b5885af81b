import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { common, run, type CommandModule } from '../context.js';
import { problem, writeResult } from '../output.js';
import { STARTER_CONFIG } from '../rule-docs.js';

export const initCommand: CommandModule = (program, exit) => {
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
        exit(2);
        return;
      }
      exit(await run({ ...opts, config: undefined }, async () => {
        writeResult(STARTER_CONFIG, target);
        process.stderr.write(`seloste: ${fi ? 'kirjoitettu' : 'wrote'} ${target}\n`);
        return 0;
      }));
    });
};
