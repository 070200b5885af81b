/** Issue 17, point 1: key facts a client can trust, on small notices written here. */
import { describe, expect, it } from 'vitest';
import { COMPARE_RENDERERS, compareNotices, loadFactRules } from '../../src/compare/index.js';
import { extractFacts } from '../../src/compare/facts.js';
import { T, cellText, factText } from '../../src/compare/render/labels.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { noticeFromText } from '../diff/helpers.js';

const rules = loadFactRules();
const facts = async (text: string) => extractFacts(await noticeFromText('n.txt', text), rules);
const shown = async (id: string, text: string, lang: 'fi' | 'en' = 'fi') => factText(id, await facts(text), T[lang]);

const HEAD = 'Tietosuojaseloste\n\nRekisterinpitäjä\nEsimerkki Oy, Y-tunnus 1234567-8\n\n';

describe('profiling: a negated statement reads as such', () => {
  it('"Rekisterin sisältämiä tietoja ei käytetä profilointiin" → ei käytössä, not a mention', async () => {
    const text = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoitaminen. Rekisterin sisältämiä tietoja ei käytetä profilointiin.\n`;
    expect(await facts(text)).toMatchObject({ profiling: { statement: 'no', mentions: [] } });
    expect(await shown('profiling', text)).toBe('ei käytössä');
    expect(await shown('profiling', text, 'en')).toBe('not used');
  });

  it('"Profilointia ei tehdä" and "emme profiloi" are denials too', async () => {
    for (const s of [
      'Profilointia ei tehdä.',
      'Emme profiloi asiakkaita.',
      'Automaattista päätöksentekoa ei sovelleta.',
    ]) {
      const text = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoitaminen. ${s}\n`;
      expect((await facts(text)).profiling, s).toEqual({ statement: 'no', mentions: [] });
    }
  });

  it('profiling stated as done is a mention; a denial in another sentence does not cancel it', async () => {
    const text = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nTietoja käytetään markkinoinnin kohdentamiseen ja profilointiin. Tietoja ei luovuteta.\n`;
    expect((await facts(text)).profiling).toEqual({ statement: null, mentions: ['profilointi', 'kohdentaminen'] });
    expect(await shown('profiling', text)).toBe('ei mainita; mainitaan: profilointi, kohdentaminen');
  });

  it('a denial in another clause of the same sentence does not deny the mention ("…, mutta")', async () => {
    const text = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAutomaattista päätöksentekoa ei ole käytössä, mutta tietoja käytetään profilointiin.\n`;
    expect((await facts(text)).profiling).toEqual({ statement: 'no', mentions: ['profilointi'] });
    expect(await shown('profiling', text)).toBe('ei käytössä; mainitaan: profilointi');
  });

  it('a mention is read within one clause, even where its words run on over a line end in the text', async () => {
    // "automaattisen / päätöksenteon" matches in the whole text (the search that picks the clauses
    // to ask), but a line end cuts the clause: no clause names automated decision-making.
    const text = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakkaille tehdään automaattisen\npäätöksenteon avulla tarjouksia; automaattista päätöksentekoa ei käytetä. Tietoja käytetään profilointiin.\n`;
    expect((await facts(text)).profiling).toEqual({ statement: 'no', mentions: ['profilointi'] });
    const split = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakkaille tehdään automaattisen\npäätöksenteon avulla tarjouksia.\n`;
    expect((await facts(split)).profiling).toEqual({ statement: null, mentions: [] });
  });

  it('a profiling section that says "Ei käytössä."', async () => {
    const text = `${HEAD}Automaattinen päätöksenteko ja profilointi\nEi käytössä.\n`;
    expect(await shown('profiling', text)).toBe('ei käytössä');
  });
});

describe('retention: periods and criteria found, or "epämääräinen"', () => {
  it('a retention section that only points to a records plan is a criterion, not "ei mainita"', async () => {
    const text = `${HEAD}Henkilötietojen säilytysaika\nTiedot säilytetään yliopiston arkistonmuodostussuunnitelman mukaisesti.\n`;
    expect((await facts(text)).retention).toEqual({
      periods: [],
      criteria: ['arkistonmuodostussuunnitelma'],
      vague: false,
      stated: true,
    });
    expect(await shown('retention', text)).toBe('arkistonmuodostussuunnitelma');
  });

  it('only vague wording → "epämääräinen" (en "vague")', async () => {
    const text = `${HEAD}Henkilötietojen säilytysaika\nSäilytämme tietoja vain niin kauan kuin se on tarpeen.\n`;
    expect(await shown('retention', text)).toBe('epämääräinen');
    expect(await shown('retention', text, 'en')).toBe('vague');
  });

  it('periods and criteria together, as written', async () => {
    const text = `${HEAD}Henkilötietojen säilytysaika\nTietoja säilytetään asiakassuhteen ajan ja sen jälkeen kirjanpitolain mukaisesti kuusi (6) vuotta. Lokit 24 kk.\n`;
    const r = (await facts(text)).retention;
    expect(r.periods).toEqual(['kuusi (6) vuotta', '24 kk']);
    expect(r.criteria).toEqual(['asiakassuhteen ajan', 'kirjanpitolain mukaisesti']);
    expect(await shown('retention', text)).toBe(
      'kuusi (6) vuotta; 24 kk; asiakassuhteen ajan; kirjanpitolain mukaisesti',
    );
  });

  it('no retention section: the sentences about keeping data are read; nothing at all → "ei mainita"', async () => {
    const inText = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoitaminen. Tiedot säilytetään viisi vuotta.\n`;
    expect((await facts(inText)).retention.periods).toEqual(['viisi vuotta']);
    const none = `${HEAD}Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoitaminen.\n`;
    expect(await shown('retention', none)).toBe('ei mainita');
  });
});

describe('findings counts agree in number', () => {
  it('"1 havainto", "2 havaintoa"; "1 finding", "2 findings"', async () => {
    const n = await noticeFromText('n.txt', `${HEAD}Henkilötietojen säilytysaika\n10 vuotta.\n`);
    const finding = (ruleId: string) => ({
      ruleId,
      severity: 'warning' as const,
      message: 'x',
      section: 'controller',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 2,
      page: null,
      excerpt: '',
      suggestion: null,
      gdpr: null,
      range: [0, 1] as [number, number],
    });
    const c = compareNotices(
      [
        { notice: n, findings: [finding('a')] },
        { notice: n, findings: [finding('a'), finding('b')] },
      ],
      { sectionIds: ['controller'], factRules: rules },
    );
    expect(
      JSON.parse(COMPARE_RENDERERS.json(c, { lang: 'fi', color: false })).sections[0].cells.map(
        (x: { findings: number }) => x.findings,
      ),
    ).toEqual([1, 2]);
    expect(cellText(c.sections[0].cells[0], T.fi)).toBe('4 sanaa, 1 havainto');
    expect(cellText(c.sections[0].cells[1], T.fi)).toBe('4 sanaa, 2 havaintoa');
    expect(cellText({ status: 'present', words: 1, findings: 1 }, T.en)).toBe('1 word, 1 finding');
    const table = COMPARE_RENDERERS.table(c, {
      lang: 'fi',
      color: false,
      sectionLabel: (id, l) => loadCatalogue().byId.get(id)?.[l] ?? id,
    });
    expect(table).toMatch(/Rekisterinpitäjä +4 !1 +4 !2/);
  });
});
