import { Option, type Command } from 'commander';
import { COMPARE_FORMATS, type CompareFormat } from '../../compare/render/formats.js';
import type { CompareInput } from '../../compare/index.js';
import type { Lang } from '../../model/errors.js';
import { Linter } from '../../rules/engine.js';
import { loadPack } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { toSettings } from '../config.js';
import { common, noEmptyPaths, readNotices, run, VERSION, wantsColor, type CommandModule } from '../context.js';
import { expandInputs, UNMATCHED } from '../inputs.js';
import { problem, refuseInputAsOutput, writeResult } from '../output.js';

export const compareCommand: CommandModule = (program, exit) => {
  program
    .command('compare')
    .description('many notices side by side: sections, key facts, shared templates')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table'))
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          noEmptyPaths(paths, 'compare');
          const catalogue = loadCatalogue();
          // The comparison code loads only for this command, not with every other one.
          const { compareNotices, loadFactRules } = await import('../../compare/index.js');
          const factRules = loadFactRules();
          const linter = new Linter(loadPack(config.pack), catalogue, toSettings(config, [], lang, new Date()));
          const inputs: CompareInput[] = [];
          let unreadable = 0;
          const files = await expandInputs(paths, config.ignore, process.cwd(), (path) => {
            unreadable++;
            problem(`${path}: ${UNMATCHED[lang]}`);
          });
          refuseInputAsOutput(opts.output, files, lang, true);
          // read like lint: under the config's limits, PDF/DOCX on worker threads, the rest still compared
          for await (const item of readNotices(files, lang, config)) {
            if (item.error) {
              // a report seloste wrote is skipped with its note, not counted as unreadable
              if (item.error.code !== 'own-output') unreadable++;
              continue;
            }
            const notice = buildNotice(item.file, item.extracted!, catalogue);
            inputs.push({ notice, findings: linter.lint(notice), coverage: linter.coverage(notice) });
          }
          const comparison = compareNotices(inputs, { sectionIds: catalogue.sections.map((s) => s.id), factRules });
          const sectionLabel = (id: string, l: Lang) => catalogue.byId.get(id)?.[l] ?? id;
          const format = (cmd.opts() as { format: CompareFormat }).format;
          const { COMPARE_RENDERERS } = await import('../../compare/render/index.js');
          const color = wantsColor(opts);
          writeResult(COMPARE_RENDERERS[format](comparison, { lang, color, sectionLabel, toolVersion: VERSION }), opts.output, lang, color);
          return unreadable > 0 ? 2 : 0;
        }),
      );
    });
};
