/**
 * One defect injected into the clean notice at a time: each must be found by its
 * rule, and nothing else may appear as an error or a warning (false alarms are bugs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../src/segment/index.js';
import { fixture, linterWith } from '../helpers/notice.js';

const CLEAN = readFileSync(fixture('clean/puhdas_tietosuojaseloste.txt'), 'utf8');
const linter = linterWith();

function problems(text: string) {
  const notice = buildNotice('injected.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
  return linter.lint(notice).filter((f) => f.severity !== 'info');
}

/** Replace exactly one occurrence, so a changed fixture fails loudly instead of testing nothing. */
function inject(from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? CLEAN.split(from).length - 1 : (CLEAN.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`the clean notice should contain ${from} once, found ${count}`);
  return CLEAN.replace(from, to);
}

function section(heading: string): RegExp {
  // a heading line and its content, up to the next blank line followed by a heading-like line
  return new RegExp(`${heading}\\n\\n[^]*?(?=\\n\\n[A-ZÄÖ][^\\n.]*\\n\\n)`);
}

const CASES: [string, string, () => string, (string | null)?][] = [
  // The controller counts as named wherever the notice names it ("Esimerkkienergia Oy:n asiakasrekisteri"),
  // so the defect is a notice that names no controller at all.
  ['section/required', 'the controller section removed, and the company named nowhere else', () => inject(section('Rekisterinpitäjä'), '').replaceAll('Esimerkkienergia Oy:n ', ''), 'controller'],
  ['section/empty', 'an empty heading', () => inject('Rekisterin nimi\n\nEsimerkkienergia Oy:n asiakasrekisteri.\n', 'Rekisterin nimi\n')],
  ['text/placeholder', 'a template slot', () => inject('Esimerkkienergia Oy\nY-tunnus', '[yrityksen nimi]\nY-tunnus')],
  ['text/typo', 'a known misspelling', () => inject('Rekisterin tiedot säilytetään', 'Reksiterin tiedot säilytetään')],
  ['text/probable-typo', 'an unknown misspelling of a domain word', () => inject('Pääsy tietoihin on rajattu', 'Tietosuojavastavan mukaan pääsy tietoihin on rajattu')],
  ['retention/no-period', 'a vague retention period', () => inject(section('Henkilötietojen säilytysaika'), 'Henkilötietojen säilytysaika\n\nSäilytämme henkilötietoja vain niin kauan kuin se on tarpeen käsittelyn tarkoituksen kannalta.'), 'retention'],
  ['transfers/contradiction', 'Google Analytics named', () => inject('Verkkosivustomme käyttää evästeitä.', 'Verkkosivustomme käyttää evästeitä ja Google Analytics -palvelua.')],
  ['transfers/no-safeguard', 'a transfer without its safeguard', () => inject('Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.', 'Henkilötietoja siirretään asiakaspalvelujärjestelmän toimittajalle EU:n ja ETA:n ulkopuolelle.')],
  ['legal-basis/legitimate-interest-mismatch', 'a contract as the legitimate interest', () => inject(section('Oikeutetun edun peruste'), 'Oikeutetun edun peruste\n\nKäsittelyn oikeusperusteena on sopimus.'), 'legitimate_interest'],
  ['profiling/inconsistent', 'targeted marketing in the purposes', () => inject('asiakasviestintään sekä palvelujen', 'asiakasviestintään, kohdennettuun markkinointiin sekä palvelujen')],
  ['authority/outdated-address', 'the old address of the Ombudsman', () => inject('Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki', 'Käyntiosoite: Ratapihantie 9, 00520 Helsinki')],
  ['text/outdated-reference', 'Väestörekisterikeskus', () => inject('Digi- ja väestötietovirasto', 'Väestörekisterikeskus')],
  ['rights/access-fee', 'free access once a year', () => inject('Tietojen tarkastaminen on maksutonta.', 'Tietojen tarkastaminen on maksutonta kerran vuodessa.')],
  ['rights/missing', 'the erasure right removed', () => inject(section('Oikeus tietojen poistamiseen'), ''), 'right_erasure'],
  ['text/markup', 'an HTML tag left in', () => inject('Rekisteriin voidaan tallentaa seuraavia tietoja:', '<p>Rekisteriin voidaan tallentaa seuraavia tietoja:</p>')],
  ['controller/business-id', 'a wrong check digit', () => inject('2468135-7', '2468135-8')],
  ['contact/email', 'a malformed address', () => inject('Sähköposti: tietosuojavastaava@esimerkkienergia.fi', 'Sähköposti: tietosuojavastaava@esimerkkienergia')],
  ['notice/date', 'an old date', () => inject('Päivitetty 3.11.2026.', 'Päivitetty 3.11.2022.').replace('Laadittu 14.1.2026.', 'Laadittu 14.1.2020.')],
];

describe('the clean notice', () => {
  it('has no error and no warning', () => {
    expect(problems(CLEAN).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe('one injected defect is found, and only it', () => {
  for (const [ruleId, what, make, section] of CASES) {
    it(`${ruleId}: ${what}`, () => {
      const found = problems(make());
      expect(found.map((f) => f.ruleId)).toEqual(found.map(() => ruleId));
      expect(found.length).toBeGreaterThan(0);
      if (section) expect(found.map((f) => f.section)).toContain(section);
    });
  }
});
