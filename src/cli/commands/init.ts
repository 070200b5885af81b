import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { common, run, type CommandModule } from '../context.js';
import { problem, writeResult } from '../output.js';

/**
 * The starter config. Every example is a commented line under its key, and a key with
 * nothing under it (`rules:` alone) is read as empty, so the file stays valid whichever
 * examples are uncommented (test/cli/init.test.ts uncomments each in turn).
 */
const STARTER_CONFIG = `# seloste.config.yaml — asetukset / configuration
# Kaikki kohdat ovat vapaaehtoisia. Poista #-merkki esimerkin riveiltä ottaaksesi sen käyttöön.
# Every key is optional. Remove the # of an example's lines to use it.

# Sääntöpaketti: nimi (kansio rules/-hakemistossa) tai polku. / Rule pack: a name or a path.
pack: fi-gdpr

# Viestien kieli: fi tai en. / Message language.
lang: fi

# Sääntökohtaiset asetukset: vakavuus (error, warning, info, off) tai olio.
# Per-rule settings: a severity, or an object with severity, phrases, options.
rules:
  # notice/date:
  #   options:
  #     maxAgeMonths: 12        # selosteen suurin sallittu ikä / allowed age of the notice
  # text/placeholder:
  #   phrases:                  # omat täytetekstit / your own template placeholders
  #     - "[asiakkaan nimi]"
  # text/markup: off
{SPELLING}
# Sanat, jotka kirjoitusvirhesäännöt hyväksyvät (yritysten nimet, hyväksytyt termit).
# Words the spelling rules accept (company names, approved terms).
accept:
  # - Datahub

# Polut tai globit, joita ei tarkisteta kansioista. / Paths or globs left out of folders.
ignore:
  # - luonnokset/**

# Rajat yhdelle syötteelle. / What one input may cost.
limits:
  # maxFileMB: 50
  # maxTextMB: 20
  # maxPages: 500
  # timeoutSeconds: 30
`;

/**
 * Where libvoikko and its Finnish dictionary are installed, the Voikko spelling rule
 * (off by default) is switched on, since it finds the typos the domain word lists
 * cannot; elsewhere a comment says how to get it.
 */
export function starterConfig(voikkoFound: boolean): string {
  const line = voikkoFound
    ? '  text/spelling: warning        # Voikko löytyi: oikeinkirjoituksen tarkistus päällä / Voikko found: spelling on'
    : '  # text/spelling: warning      # vaatii / needs: apt-get install libvoikko1 voikko-fi (ja/and npm install koffi)';
  return STARTER_CONFIG.replace('{SPELLING}', line);
}

/** The examples of the starter config: each a run of commented lines that uncommented together make one setting. */
export function starterExamples(text: string): { start: number; end: number }[] {
  const lines = text.split('\n');
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // an example starts at a commented key under an active key: two spaces, #, a space, a key or a list item
    const m = /^ {2}# ([\w/-]+:|- )/.exec(lines[i]);
    if (!m) continue;
    let end = i + 1;
    while (end < lines.length && /^ {2}# {3}/.test(lines[end])) end++;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
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
    .description(
      'write a commented starter config file (seloste.config.yaml); Voikko spelling on when libvoikko is installed',
    )
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
      exit(
        await run({ ...opts, config: undefined }, async () => {
          const voikko = await voikkoFound();
          writeResult(starterConfig(voikko), target);
          process.stderr.write(`seloste: ${fi ? 'kirjoitettu' : 'wrote'} ${target}\n`);
          if (voikko) {
            process.stderr.write(
              `seloste: ${fi ? 'Voikko löytyi; text/spelling on päällä asetuksissa' : 'Voikko found; text/spelling is on in the config'}\n`,
            );
          }
          return 0;
        }),
      );
    });
};
