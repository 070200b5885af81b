import type { Command } from 'commander';
import { CliError } from '../../model/errors.js';
import { MESSAGES } from '../../report/messages/index.js';
import { loadPack, type RuleDef } from '../../rules/pack.js';
import { common, run, type CommandModule } from '../context.js';
import { writeResult } from '../output.js';
import { closestRuleId, renderExplain } from '../rule-docs.js';

export const explainCommand: CommandModule = (program, exit) => {
  program
    .command('explain')
    .description('one rule: what it checks, why (GDPR article), how to fix')
    .argument('<rule-id>')
    .action(async (id: string, _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          const defs = loadPack(config.pack);
          const def = defs.find((d: RuleDef) => d.id === id);
          if (!def) {
            const close = closestRuleId(
              id,
              defs.map((d) => d.id),
            );
            throw new CliError({
              fi: MESSAGES.fi.explain.unknown(id, close),
              en: MESSAGES.en.explain.unknown(id, close),
            });
          }
          writeResult(renderExplain(def, lang), opts.output, lang);
          return 0;
        }),
      );
    });
};
