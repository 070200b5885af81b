/** Every UI string of lint's reports, `explain` and `fix` in Finnish. The English twin is en.ts; keep the keys alike. */
import { groupedCount } from './digits.js';
import type { Messages } from './index.js';

/** Finnish number agreement: one takes the nominative singular, every other count the partitive. */
const n = (count: number, one: string, many: string) => `${groupedCount(count, 'fi')} ${count === 1 ? one : many}`;

export const fi: Messages = {
  severity: { error: 'virhe', warning: 'varoitus', info: 'huomio' },
  severityLevel: { error: 'virhe', warning: 'varoitus', info: 'huomio', off: 'pois käytöstä' },
  findings: (c) => n(c, 'havainto', 'havaintoa'),
  errors: (c) => n(c, 'virhe', 'virhettä'),
  warnings: (c) => n(c, 'varoitus', 'varoitusta'),
  infos: (c) => n(c, 'huomio', 'huomiota'),
  files: (c) => n(c, 'tiedosto', 'tiedostoa'),
  summary: (total, e, w, i) => `${fi.findings(total)} (${fi.errors(e)}, ${fi.warnings(w)}, ${fi.infos(i)})`,
  none: 'Ei huomautettavaa.',
  baselined: (c) =>
    `${fi.findings(c)} oli jo vertailukohdassa (--baseline) eikä ${c === 1 ? 'sitä' : 'niitä'} näytetä.`,
  place: {
    page: (page, line) => `s. ${page}, rivi ${line}`,
    paragraph: (p) => (p === 0 ? 'otsikko' : `${p}. kappale`),
    line: (line, column) => `rivi ${line}:${column}`,
    whole: 'koko seloste',
    file: 'koko tiedosto',
    preamble: 'ennen ensimmäistä otsikkoa',
    under: 'kohta',
  },
  suggestion: 'ehdotus',
  fix: 'korjaus',
  seeExplain: (id) => `katso: seloste explain ${id}`,
  html: {
    title: 'Tietosuojaselosteen tarkistusraportti',
    summary: 'Yhteenveto',
    file: 'Tiedosto',
    format: 'muoto',
    errors: 'Virheet',
    warnings: 'Varoitukset',
    infos: 'Huomiot',
    total: 'Yhteensä',
    general: 'Koko seloste',
    generalNote: 'Havainnot, jotka koskevat koko selostetta (esimerkiksi puuttuva kohta tai oikeus).',
    none: 'Ei havaintoja.',
    rules: 'Säännöt',
    fix: 'Näin korjaat',
    suggestion: 'Ehdotus',
    section: 'Kohta',
    preamble: 'Ennen ensimmäistä otsikkoa',
    unreadable: 'Tiedostoa ei voitu lukea.',
    text: 'Selosteen teksti',
    findings: 'Havainnot',
    allFindings: 'Kaikki havainnot',
    warningsNote: 'Tiedostoa luettaessa huomattiin:',
    page: (p) => `Sivu ${p}`,
    positions:
      'Sivu- ja rivinumerot ovat selosteen tekstin mukaisia; tekstin ulkoasu (fontit, taulukot) voi poiketa alkuperäisestä.',
    toText: 'näytä tekstissä',
  },
  explain: {
    severity: 'Oletusvakavuus',
    gdpr: 'Tietosuoja-asetus (GDPR)',
    article: (a) => `art. ${a}`,
    kind: 'Tarkistuksen laji',
    why: 'Mitä ja miksi',
    fix: 'Näin korjaat',
    message: 'Havainnon viesti',
    none: 'ei artiklaviittausta',
    kinds: {
      'required-section': 'pakollinen kohta',
      'non-empty': 'kohta ei saa olla tyhjä',
      existence: 'kielletty sana tai ilmaus',
      substitution: 'väärä muoto ja oikea muoto',
      'must-mention': 'asia, joka selosteen on mainittava',
      conditional: 'ehdollinen vaatimus',
      lexicon: 'sanaston kirjoitusvirhe',
      code: 'erillinen tarkistus',
    },
    placeholders: {
      match: '…',
      suggestion: '…',
      section: '(kohta)',
      template: '(mallipohja)',
      months: 'N',
      maxAgeMonths: 'N',
      suggestions: '…',
    },
    unknown: (id, close) =>
      `${id}: tuntematon sääntö${close ? `. Tarkoititko ${close}?` : ''} (seloste rules luettelee säännöt)`,
  },
  fixCmd: {
    changed: (line, from, to) => `rivi ${line}: ”${from}” → ”${to}”`,
    skipped: (line, from) =>
      `rivi ${line}: ”${from}” jätettiin ennalleen, koska kohtaa ei löytynyt alkuperäisestä tiedostosta yksiselitteisesti`,
    count: (c, out) =>
      c === 0
        ? `Ei turvallisia korjauksia; ${out} on kopio alkuperäisestä.`
        : `${c === 1 ? '1 korjaus' : `${c} korjausta`} kirjoitettiin tiedostoon ${out}.`,
    format: (f) =>
      `seloste fix korjaa vain teksti-, Markdown- ja HTML-tiedostoja (tämä on ${f}). Korjaa alkuperäinen asiakirja käsin: seloste lint näyttää kohdat.`,
    needOutput: 'seloste fix kirjoittaa korjatun selosteen uuteen tiedostoon: anna se valitsimella -o <tiedosto>.',
  },
  io: {
    emptyPath: (what) => `${what}: tyhjä polku (""): onko komentotulkin muuttuja asettamatta?`,
    writeReasons: {
      EACCES: 'ei kirjoitusoikeutta',
      EPERM: 'ei kirjoitusoikeutta',
      EROFS: 'tiedostojärjestelmä on vain luku -tilassa',
      ENOSPC: 'levy on täynnä',
      EDQUOT: 'levykiintiö on täynnä',
      EISDIR: 'polku on kansio, ei tiedosto',
      ENOTDIR: 'osa polusta on tiedosto eikä kansio',
      ELOOP: 'polku on symbolisten linkkien kehä',
      ENAMETOOLONG: 'polku on liian pitkä',
      ENXIO: 'putkella ei ole lukijaa',
    },
    writeFailed: (detail) => `kirjoitus epäonnistui (${detail})`,
    cannotWrite: (path, why) => `tiedostoon ${path} ei voi kirjoittaa: ${why}`,
    outputIsInput: (path, same) =>
      `tiedostoon ${path} ei kirjoiteta: se on myös luettava syöte${same}; valitse tulosteelle (-o) toinen tiedosto`,
    stdinAlone: '"-" (vakiosyöte) luetaan yksinään: älä anna sen lisäksi tiedostoja',
    stdinFilenameNeedsDash:
      '--stdin-filename nimeää vakiosyötteen: anna polun paikalle "-" (seloste lint - --stdin-filename seloste.md)',
    badDelimiter:
      '--delimiter: yksi merkki, ei kirjain, numero, lainausmerkki eikä rivinvaihto (esim. ";", "," tai "\\t")',
    xlsxNeedsOutput:
      '--format xlsx: anna tiedosto valitsimella -o (esim. -o vertailu.xlsx); taulukkotiedostoa ei kirjoiteta päätteelle',
    unmatched:
      'yhtään selostetta (PDF, DOCX, HTML, Markdown tai teksti) ei löytynyt tällä kansiolla tai hakulausekkeella',
    baselineNotFound: 'vertailutiedostoa (--baseline) ei löydy',
    baselineNotAFile: 'vertailukohdan (--baseline) pitää olla tavallinen tiedosto (ei kansio, putki tai laite)',
    baselineReason: (reason) => `${reason} (--baseline)`,
    configNotFound: 'asetustiedostoa (--config) ei löydy',
    tooLargeForConfig: (mb) => `tiedosto on liian suuri (yli ${mb} Mt) asetus- tai sääntötiedostoksi`,
    internalRead: (message) => `sisäinen virhe tiedostoa luettaessa (${message})`,
    internalCheck: (message) => `sisäinen virhe tiedostoa tarkistettaessa (${message})`,
  },
};
