/**
 * text/spelling: every word checked with Voikko (libvoikko + voikko-fi, installed by
 * .ci/run). The rule is off by default; these tests switch it on.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { ConfigError } from '../../src/model/errors.js';
import { loadPack } from '../../src/rules/pack.js';
import { buildNotice } from '../../src/segment/index.js';
import { lintFixture, linterWith, SEEDS } from '../helpers/notice.js';
import { describeVoikko, voikkoSkip } from '../helpers/voikko.js';

const ON = new Map([['text/spelling', 'warning' as const]]);
// Alone: the typo rules off, so that what Voikko finds by itself shows.
const ALONE = new Map([
  ['text/spelling', 'warning' as const],
  ['text/typo', 'off' as const],
  ['text/probable-typo', 'off' as const],
]);

const notice = (text: string) =>
  buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const spelling = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'text/spelling');
const words = (findings: Finding[]) => spelling(findings).map(wordOf);
const check = (text: string, settings = {}) =>
  spelling(linterWith({ severity: ALONE, ...settings }).lint(notice(text)));

/** The word as the Finnish message quotes it: sanaa ”…”. */
function wordOf(f: Finding): string {
  return /”(.+?)”/.exec(f.message)![1];
}

describeVoikko('text/spelling on the seeds (Voikko)', () => {
  // SPEC §4 text/typo column, and what the typo list does not cover. "reksiterien" (003) is
  // a valid compound to Voikko (reksi + terien), so only the typo list finds it.
  const EXPECTED: Record<keyof typeof SEEDS, string[]> = {
    '000': [],
    '001': [
      'tietosuojasetuksen',
      'määrättyillä',
      'määrättyillä',
      'katseluaajat',
      'eväste-toiminnon',
      'tietosuojasetusta',
      'vakainainen',
    ],
    '002': [
      'henkilökohtai-semman',
      'riorganisaation',
      'ulkoituskumppanit',
      'reksiterinpitäjän',
      'eväste-toiminnon',
      'yorganisaation',
    ],
    '003': ['havannoidut'],
    '004': [],
  };
  for (const [seed, file] of Object.entries(SEEDS) as [keyof typeof SEEDS, string][]) {
    it(`${seed}: finds ${EXPECTED[seed].join(', ') || 'nothing'} and nothing else`, async () => {
      expect(words(await lintFixture(file, { severity: ALONE }))).toEqual(EXPECTED[seed]);
    });
  }

  it('suggests Voikko’s correction', async () => {
    const found = spelling(await lintFixture(SEEDS['002'], { severity: ALONE }));
    const by = new Map(found.map((f) => [wordOf(f), f.suggestion]));
    expect(by.get('reksiterinpitäjän')).toBe('rekisterinpitäjän');
    expect(by.get('henkilökohtai-semman')).toBe('henkilökohtaisemman');
    expect(by.get('eväste-toiminnon')).toBe('evästetoiminnon');
  });

  it('a word the typo list already corrects is reported once, by text/typo', async () => {
    const findings = await lintFixture(SEEDS['002'], { severity: ON });
    const at = (w: string) =>
      findings.filter((f) => f.excerpt.includes(w) && /typo|spelling/.test(f.ruleId) && f.message.includes(w));
    expect(at('reksiterinpitäjän').map((f) => f.ruleId)).toEqual(['text/typo']);
    expect(words(findings)).toEqual(['henkilökohtai-semman', 'eväste-toiminnon']);
  });

  it('is silent on the clean notice', async () => {
    expect(spelling(await lintFixture('clean/puhdas_tietosuojaseloste.txt', { severity: ALONE }))).toEqual([]);
  });

  it('is off by default', async () => {
    expect(spelling(await lintFixture(SEEDS['001']))).toEqual([]);
    expect(loadPack('fi-gdpr').find((d) => d.id === 'text/spelling')?.severity).toBe('off');
  });
});

describeVoikko('text/spelling precision', () => {
  it('accepts Finnish compounds and inflection the typo rules never listed', () => {
    expect(
      check(
        'Käyttöpaikkatunnus ja suoramarkkinointikielto kirjataan rekisteröityjen tietoihin tietosuoja-asetuksen mukaisesti.',
      ),
    ).toEqual([]);
  });

  it('rejects misspellings, with Voikko’s suggestion', () => {
    const found = check(
      'Rekisteröidyllä on oikues tarkastaa tiedot. Tiedot luovutetaan vain määrättyillä henkilöillä.',
    );
    expect(found.map((f) => [wordOf(f), f.suggestion])).toEqual([
      ['oikues', 'oikeus'],
      ['määrättyillä', 'määrätyillä'],
    ]);
    expect(found[0].message).toMatch(/Voikko/);
  });

  it('leaves alone what is not a word to check', () => {
    const text = [
      'Rekisterinpitäjä: Esimerkki Oy (Y-tunnus 1234567-8), Kotakennääntie 31, 44100 Äänekoski.',
      'Yhteyshenkilö: Tuovi Litmanen-Tuomi, tuovi.litmanen-tuomi@issoy.fi, puh. 029 566 6700.',
      'Lisätietoja osoitteessa https://www.fingrid.fi/globalassets/dokumentit ja www.issoy.fi sekä tiedostossa seloste_v2.pdf.',
      'Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, ja ne käsitellään ATK:lla esim. ko. palvelussa.',
      'Keräämme vierailijan IP-osoitteen, laite-ID:n ja chat-viestit, sekä evästeitä (”cookies”).',
      'Käytämme Matomo-palvelua ja Google Analytics -palvelua. GOOGLE ANALYTICS',
      '<ul style="list-style-type: none"><li>nimi</li></ul> &nbsp;',
    ].join('\n');
    expect(check(text).map(wordOf)).toEqual([]);
  });

  it('a name inside a sentence is skipped; the same word lowercase is checked', () => {
    expect(check('Tiedot käsittelee Kotakenna Oy.')).toEqual([]);
    expect(check('Tiedot käsittelee kotakenna.').map(wordOf)).toEqual(['kotakenna']);
  });

  it('a misspelling at the start of a sentence or in a heading in capitals is found', () => {
    expect(check('Rekisterinpitäjä on yhtiö. Reksiterinpitäjän osoite on alla.').map(wordOf)).toEqual([
      'Reksiterinpitäjän',
    ]);
    expect(check('REKSITERINPITÄJÄ\nYhtiö').map(wordOf)).toEqual(['REKSITERINPITÄJÄ']);
  });

  it('words accepted in the config (accept) are accepted with their endings', () => {
    const text = 'Tiedot siirretään kotakennan järjestelmään, ja kotakenna vastaa niistä.';
    expect(check(text).map(wordOf)).toEqual(['kotakennan', 'kotakenna']);
    expect(check(text, { acceptedWords: new Set(['kotakenna']) })).toEqual([]);
  });

  it('words accepted in the pack (Datahub, Fingrid …) are accepted lowercase and inflected', () => {
    expect(check('Tiedot saadaan datahubista. • datahub. Datahubin seloste. Fingridin ohjeet.')).toEqual([]);
  });
});

describe('Voikko on this machine', () => {
  voikkoSkip();
});

describe('text/spelling without libvoikko', () => {
  const bad = new Map([['text/spelling', { libraryPath: '/nonexistent/libvoikko.so.1' }]]);

  it('a library that cannot be loaded is a ConfigError that says how to install it, not a crash', () => {
    let error: unknown;
    try {
      linterWith({ severity: ON, options: bad });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('apt-get install libvoikko1 voikko-fi');
    expect(message).not.toContain('\n');
  });

  it('nothing else needs libvoikko: with the rule off, a bad library path is never touched', async () => {
    const findings = linterWith({ options: bad }).lint(notice('Reksiterinpitäjän osoite.'));
    expect(findings.map((f) => f.ruleId)).toContain('text/typo');
  });
});

describeVoikko('text/spelling names', () => {
  it('a name used inside a sentence vouches for the same word in a heading or at a sentence start, not in lowercase', () => {
    const text =
      'KOTAKENNA\nPalvelua tarjoaa Kotakenna Oy. Kotakennan asiakkaat saavat tiedon. Tiedot ovat kotakennan.';
    expect(check(text).map(wordOf)).toEqual(['kotakennan']);
  });
});
