import { Option, type Command } from 'commander';
import { COMPARE_FORMATS, type CompareFormat } from '../../compare/render/formats.js';
import type { CompareInput, UnreadableInput } from '../../compare/index.js';
import { CliError, type Lang } from '../../model/errors.js';
import { Linter } from '../../rules/engine.js';
import { loadPack } from '../../rules/pack.js';
import { buildNotice, loadCatalogue } from '../../segment/index.js';
import { toSettings } from '../config.js';
import { common, noEmptyPaths, readNotices, run, VERSION, wantsColor, type CommandModule } from '../context.js';
import { expandInputs, UNMATCHED } from '../../api/inputs.js';
import { problem, refuseInputAsOutput, writeResult } from '../output.js';

export const compareCommand: CommandModule = (program, exit) => {
  program
    .command('compare')
    .description('many notices side by side: sections, key facts, shared templates')
    .argument('<paths...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table'))
    .option('--delimiter <char>', 'csv: the separator (default ; with --lang fi, , with --lang en)')
    .action(async (paths: string[], _o, cmd: Command) => {
      exit(
        await run(common(cmd), async (opts, lang, config) => {
          noEmptyPaths(paths, 'compare');
          const catalogue = loadCatalogue();
          // The comparison code loads only for this command, not with every other one.
          const { compareNotices, loadFactRules } = await import('../../compare/index.js');
          const factRules = loadFactRules();
          const linter = new Linter(loadPack(config.pack), catalogue, toSettings(config, [], lang, new Date()));
          const flags = cmd.opts() as { format: CompareFormat; delimiter?: string };
          const delimiter = flags.delimiter === undefined ? undefined : flags.delimiter === '\\t' ? '\t' : flags.delimiter;
          if (delimiter !== undefined && (delimiter.length !== 1 || /["\r\n\p{L}\p{N}]/u.test(delimiter))) throw new CliError(BAD_DELIMITER);
          if (flags.format === 'xlsx' && opts.output === undefined && process.stdout.isTTY) throw new CliError(XLSX_NEEDS_OUTPUT);
          const inputs: CompareInput[] = [];
          const unreadable: UnreadableInput[] = [];
          const files = await expandInputs(paths, config.ignore, process.cwd(), (path) => {
            unreadable.push({ file: path, reason: UNMATCHED[lang] });
            problem(`${path}: ${UNMATCHED[lang]}`);
          });
          refuseInputAsOutput(opts.output, files, lang, true);
          // read like lint: under the config's limits, PDF/DOCX on worker threads, the rest still compared
          for await (const item of readNotices(files, lang, config)) {
            if (item.error) {
              // a report seloste wrote is skipped with its note, not counted as unreadable
              if (item.error.code !== 'own-output') unreadable.push({ file: item.file, reason: item.error.reason[lang] });
              continue;
            }
            const notice = buildNotice(item.file, item.extracted!, catalogue);
            inputs.push({ notice, findings: linter.lint(notice), coverage: linter.coverage(notice) });
          }
          const comparison = compareNotices(inputs, { sectionIds: catalogue.sections.map((s) => s.id), factRules, unreadable });
          const sectionLabel = (id: string, l: Lang) => catalogue.byId.get(id)?.[l] ?? id;
          const color = wantsColor(opts);
          const renderOpts = { lang, color, sectionLabel, toolVersion: VERSION, delimiter };
          if (flags.format === 'xlsx') {
            // exceljs loads only for this format
            const { renderXlsx } = await import('../../compare/render/xlsx.js');
            const bytes = Buffer.from(await renderXlsx(comparison, renderOpts));
            if (opts.output === undefined) process.stdout.write(bytes);
            // writeResult writes bytes as it writes text (atomically, never onto an input); it only looks for an HTML head in them
            else writeResult(bytes as unknown as string, opts.output, lang);
          } else {
            const { COMPARE_RENDERERS } = await import('../../compare/render/index.js');
            writeResult(COMPARE_RENDERERS[flags.format](comparison, renderOpts), opts.output, lang, color);
          }
          return unreadable.length > 0 ? 2 : 0;
        }),
      );
    });
};

const BAD_DELIMITER = {
  fi: '--delimiter: yksi merkki, ei kirjain, numero, lainausmerkki eikä rivinvaihto (esim. ";", "," tai "\\t")',
  en: '--delimiter: one character, not a letter, digit, quote or line break (e.g. ";", "," or "\\t")',
};

const XLSX_NEEDS_OUTPUT = {
  fi: '--format xlsx: anna tiedosto valitsimella -o (esim. -o vertailu.xlsx); taulukkotiedostoa ei kirjoiteta päätteelle',
  en: '--format xlsx: name a file with -o (e.g. -o comparison.xlsx); a workbook is not written to a terminal',
};
