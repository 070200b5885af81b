import type { Command } from 'commander';
import { ConfigError } from '../../model/errors.js';
import { loadPack, type RuleDef } from '../../rules/pack.js';
import { common, run, type CommandModule } from '../context.js';
import { writeResult } from '../output.js';
import { renderExplain } from '../rule-docs.js';

export const explainCommand: CommandModule = (program, exit) => {
  program
    .command('explain')
    .description('one rule: what it checks, why (GDPR article), how to fix')
    .argument('<rule-id>')
    .action(async (id: string, _o, cmd: Command) => {
      exit(await run(common(cmd), async (opts, lang, config) => {
        const def = loadPack(config.pack).find((d: RuleDef) => d.id === id);
        if (!def) throw new ConfigError(`${id}: unknown rule id (seloste rules lists them)`);
        writeResult(renderExplain(def, lang), opts.output, lang);
        return 0;
      }));
    });
};
