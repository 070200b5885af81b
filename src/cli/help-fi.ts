/**
 * The command line in Finnish (the default language): `--help` texts and commander's own
 * usage errors. The commands declare their help in English; this table gives each its
 * Finnish, and `localiseCommands` puts it in place before commander parses, so one
 * definition serves both languages. A text missing here stays English (a test checks none is).
 */
import type { Command } from 'commander';

export const HELP_FI: Record<string, string> = {
  'Linter and comparator for Finnish privacy notices (tietosuojaseloste)':
    'Tietosuojaselosteiden tarkistin ja vertailija',
  'check notices (files, folders, globs) against the rule pack':
    'tarkista selosteet (tiedostot, kansiot, hakulausekkeet) sääntöjä vasten',
  'print the extracted, normalised text that line numbers refer to':
    'tulosta poimittu, normalisoitu teksti, johon rivinumerot viittaavat',
  'show how a notice was split into sections': 'näytä, miten seloste jakautui kohtiin',
  'section-aligned comparison of two notices (old, new)': 'vertaa kahta selostetta kohta kohdalta (vanha, uusi)',
  'many notices side by side: sections, key facts, shared templates':
    'monta selostetta rinnakkain: kohdat, keskeiset tiedot, yhteiset mallipohjat',
  'list the rules with their documentation': 'luettele säännöt ohjeineen',
  'one rule: what it checks, why (GDPR article), how to fix':
    'yksi sääntö: mitä se tarkistaa, miksi (tietosuoja-asetuksen artikla), miten korjata',
  'apply the safe suggestions to a text, Markdown or HTML notice, into a new file (-o)':
    'tee turvalliset korjausehdotukset teksti-, Markdown- tai HTML-selosteeseen uuteen tiedostoon (-o)',
  'write a commented starter config file (seloste.config.yaml); Voikko spelling on when libvoikko is installed':
    'kirjoita kommentoitu aloitusasetustiedosto (seloste.config.yaml); Voikko-oikoluku päälle, jos libvoikko on asennettu',
  'files, folders, globs; - reads standard input': 'tiedostot, kansiot, hakulausekkeet; - lukee vakiosyötteen',
  'message language': 'viestien kieli',
  'configuration file (default: found upward from the working directory)':
    'asetustiedosto (oletus: haetaan työhakemistosta ylöspäin)',
  'no colours (NO_COLOR and FORCE_COLOR are honoured too)': 'ei värejä (myös NO_COLOR ja FORCE_COLOR huomioidaan)',
  'show stack traces of internal errors': 'näytä sisäisten virheiden pinojäljet',
  'write the result to a file (atomically) instead of stdout':
    'kirjoita tulos tiedostoon (eheästi) vakiotulosteen sijaan',
  'output format': 'tulosteen muoto',
  'lowest severity that fails (exit 1)': 'alin vakavuus, joka hylkää (paluuarvo 1)',
  'fail (exit 1) when there are more warnings than this': 'hylkää (paluuarvo 1), jos varoituksia on enemmän kuin tämä',
  'override a rule severity (repeatable)': 'muuta säännön vakavuutta (voi toistaa)',
  'report errors only': 'näytä vain virheet',
  'largest input read, in MB (default 50)': 'suurin luettava tiedosto megatavuina (oletus 50)',
  'most PDF pages read (default 500)': 'enintään luettavat PDF-sivut (oletus 500)',
  'time limit per document (reading, sections, rules) in seconds, 0 = none (default 30)':
    'aikaraja asiakirjaa kohti (luku, jäsennys, säännöt) sekunteina, 0 = ei rajaa (oletus 30)',
  'a folder or glob with no notice in it is not an error (exit 2 otherwise)':
    'kansio tai hakulauseke, josta ei löydy selostetta, ei ole virhe (muuten paluuarvo 2)',
  'no progress bar (it shows only on a terminal anyway)': 'ei edistymispalkkia (se näkyy muutenkin vain päätteessä)',
  'leave out findings already in this baseline (--write-baseline), JSON report or earlier notice; only new ones count':
    'jätä pois havainnot, jotka ovat jo tässä vertailukohdassa (--write-baseline), JSON-raportissa tai aiemmassa selosteessa; vain uudet lasketaan',
  'write the findings of this run as a baseline (paths from the repository root) and exit 0':
    'kirjoita tämän ajon havainnot vertailukohdaksi (polut säilön juuresta) ja päätä paluuarvolla 0',
  'with "-": the name of the notice read from standard input (in the report and the baseline)':
    '"-":n kanssa: vakiosyötteestä luetun selosteen nimi (raportissa ja vertailukohdassa)',
  'exit 1 when the notices differ': 'paluuarvo 1, jos selosteet eroavat',
  'html: side by side or inline': 'html: rinnakkain tai peräkkäin',
  'leave out "what changed in substance" (both notices are then not linted)':
    'jätä pois "olennaiset muutokset" (selosteita ei silloin tarkisteta)',
  'csv: the separator (default ; with --lang fi, , with --lang en)':
    'csv: erotinmerkki (oletus ; kielellä fi, , kielellä en)',
  'output the version number': 'näytä versio',
  'display help for command': 'näytä komennon ohje',
};

/** Commander's own words in its help and its usage errors, in Finnish. */
const COMMANDER_FI: [RegExp, string][] = [
  [/^Usage:/gm, 'Käyttö:'],
  [/^Options:/gm, 'Valinnat:'],
  [/^Commands:/gm, 'Komennot:'],
  [/^Arguments:/gm, 'Argumentit:'],
  [/\bchoices:/g, 'vaihtoehdot:'],
  [/\bdefault:/g, 'oletus:'],
  [/\[options\]/g, '[valinnat]'],
  [/\[command\]/g, '[komento]'],
  [/^error: unknown option '([^']*)'/gm, "virhe: tuntematon valinta '$1'"],
  [/^\(Did you mean (.*)\?\)/gm, '(Tarkoititko $1?)'],
  [/^error: unknown command '([^']*)'/gm, "virhe: tuntematon komento '$1'"],
  [/^error: missing required argument '([^']*)'/gm, "virhe: pakollinen argumentti '$1' puuttuu"],
  [/^error: option '([^']*)' argument missing/gm, "virhe: valinnalta '$1' puuttuu arvo"],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./gm,
    "virhe: valinnan '$1' arvo '$2' ei kelpaa. Sallitut arvot: $3.",
  ],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. (.*)/gm, "virhe: valinnan '$1' arvo '$2' ei kelpaa: $3"],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./gm,
    'virhe: liikaa argumentteja: odotettiin $2, annettiin $3.',
  ],
  [/^error: /gm, 'virhe: '],
  [/display help for command/g, 'näytä komennon ohje'],
  [/output the version number/g, 'näytä versio'],
];

export function commanderFi(text: string): string {
  return COMMANDER_FI.reduce((t, [re, to]) => t.replace(re, to), text);
}

/** The language of the command line, read before commander parses: `--lang en` or `--lang=en`; Finnish otherwise. */
export function argvLang(argv: readonly string[]): 'fi' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'fi';
}

/** Subcommand terms in Finnish before commander measures them, so the help columns stay aligned. */
export function finnishTerms(term: string): string {
  return term.replace('[options]', '[valinnat]').replace('[command]', '[komento]');
}

/** Every command's and option's description in Finnish, where the table has it. */
export function localiseCommands(program: Command): void {
  const visit = (cmd: Command) => {
    const d = cmd.description();
    if (d && HELP_FI[d]) cmd.description(HELP_FI[d]);
    for (const opt of cmd.options) if (HELP_FI[opt.description]) opt.description = HELP_FI[opt.description];
    for (const arg of cmd.registeredArguments)
      if (arg.description && HELP_FI[arg.description]) arg.description = HELP_FI[arg.description];
    cmd.commands.forEach(visit);
  };
  visit(program);
}
