import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { common, run, type CommandModule } from '../context.js';
import { problem, writeResult } from '../output.js';
import { STARTER_CONFIG } from '../rule-docs.js';

/**
 * The starter config. Where libvoikko and its Finnish dictionary are installed, the
 * Voikko spelling rule (off by default) is switched on in it, since it finds the typos
 * the domain word lists cannot; elsewhere a comment says how to get it.
 */
export function starterConfig(voikkoFound: boolean): string {
  const line = voikkoFound
    ? 'rules:\n  text/spelling: warning      # Voikko löytyi: oikeinkirjoituksen tarkistus päällä / Voikko found: spelling on\n'
    : 'rules: {}\n  # text/spelling: warning    # vaatii / needs: apt-get install libvoikko1 voikko-fi\n';
  return STARTER_CONFIG.replace(/^rules: \{\}\n/m, line);
}

/** Is libvoikko with a Finnish dictionary installed? Loaded only here, never at start-up. */
async function voikkoFound(): Promise<boolean> {
  try {
    const { openVoikko } = await import('../../rules/voikko.js');
    openVoikko();
    return true;
  } catch {
    return false;
  }
}

export const initCommand: CommandModule = (program, exit) => {
  program
    .command('init')
    .description('write a commented starter config file (seloste.config.yaml); Voikko spelling on when libvoikko is installed')
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
        const voikko = await voikkoFound();
        writeResult(starterConfig(voikko), target);
        process.stderr.write(`seloste: ${fi ? 'kirjoitettu' : 'wrote'} ${target}\n`);
        if (voikko) {
          process.stderr.write(
            `seloste: ${fi ? 'Voikko löytyi; text/spelling on päällä asetuksissa' : 'Voikko found; text/spelling is on in the config'}\n`,
          );
        }
        return 0;
      }));
    });
};
