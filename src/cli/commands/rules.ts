import type { Command } from 'commander';
import { Option } from 'commander';
import { loadPack } from '../../rules/pack.js';
import { loadCatalogue } from '../../segment/index.js';
import { common, run, type CommandModule } from '../context.js';
import { writeResult } from '../output.js';
import { renderRuleList } from '../rule-docs.js';

export const rulesCommand: CommandModule = (program, exit) => {
  program
    .command('rules')
    .description('list the rules with their documentation')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'),
    )
    .action(async (_o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          writeResult(
            renderRuleList(loadPack(config.pack), opts.format ?? 'text', lang, loadCatalogue()),
            opts.output,
            lang,
          );
          return 0;
        }),
      );
    });
};
