/** Words and fact display of the compare renderers, Finnish by default, English with --lang en. */
import { count } from '../../util/count.js';
import type { Lang } from '../../model/errors.js';
import type { NoticeFacts, YesNo } from '../facts.js';
import type { CellStatus } from '../index.js';

export interface CompareRenderOptions {
  lang: Lang;
  color: boolean;
  /** the catalogue label of a canonical id */
  sectionLabel?: (id: string, lang: Lang) => string;
  toolVersion?: string;
  /** csv: the separator (default: `;` for fi, `,` for en) */
  delimiter?: string;
  /** html: the date the report says it was made (default: now) */
  now?: Date;
}

export const T = {
  fi: {
    title: 'Tietosuojaselosteiden vertailu',
    section: 'Osio',
    fact: 'Tieto',
    sections: 'Osiot',
    facts: 'Keskeiset tiedot',
    similarity: 'Samankaltaisuus',
    templates: 'Yhteinen mallipohja',
    noTemplates: 'Yhteistä mallipohjaa ei löytynyt.',
    status: { present: 'on', empty: 'tyhjä', stated: 'mainittu tekstissä', missing: 'puuttuu' } as Record<
      CellStatus,
      string
    >,
    words: ['sana', 'sanaa'] as [string, string],
    findings: ['havainto', 'havaintoa'] as [string, string],
    notices: ['seloste', 'selostetta'] as [string, string],
    wordsCol: 'sanat',
    findingsCol: 'havainnot',
    statusCol: 'tila',
    controller: 'rekisterinpitäjä',
    controllerFact: 'Rekisterinpitäjän nimi ja y-tunnus',
    businessId: 'y-tunnus',
    date: 'päiväys',
    totalFindings: 'havainnot yhteensä',
    error: 'ei luettavissa',
    rule: 'sääntö',
    severity: 'vakavuus',
    line: 'rivi',
    message: 'viesti',
    severities: { error: 'virhe', warning: 'varoitus', info: 'huomio' } as Record<string, string>,
    unreadable: 'Selosteet, joita ei voitu lukea',
    legend: 'Selite',
    legendItems: {
      present: 'osio on otsikoituna; luku on osion sanamäärä',
      empty: 'otsikko on, mutta sen alla ei ole tekstiä',
      stated: 'ei omaa otsikkoa, mutta teksti kertoo asian niin kuin lint sen hyväksyy',
      missing: 'osiota ei ole, eikä tekstikään kerro asiaa',
      findings: 'lint-havaintojen määrä; avaa nähdäksesi havainnot',
    } as Record<string, string>,
    generated: 'Laadittu',
    sectionColumns: 'Sarakkeiden osiot',
    sheets: { matrix: 'Osiot', facts: 'Keskeiset tiedot', similarity: 'Samankaltaisuus', findings: 'Havainnot' },
    file: 'tiedosto',
    kind: 'rivi',
    notice: 'seloste',
    factNames: {
      retention: 'Säilytysaika',
      transfers: 'Siirrot EU/ETA:n ulkopuolelle',
      profiling: 'Profilointi',
      cookies: 'Evästeet ja analytiikka',
      contact: 'Yhteystiedot / tietosuojavastaava',
      date: 'Päiväys',
    } as Record<string, string>,
    yesNo: { yes: 'kyllä', no: 'ei', unclear: 'epäselvä' },
    notStated: 'ei mainita',
    vague: 'epämääräinen',
    services: 'palvelut',
    statedNo: 'ei käytössä',
    statedYes: 'kuvattu',
    mentions: 'mainitaan',
    dpo: 'tietosuojavastaava',
    none: '—',
  },
  en: {
    title: 'Privacy notice comparison',
    section: 'Section',
    fact: 'Fact',
    sections: 'Sections',
    facts: 'Key facts',
    similarity: 'Similarity',
    templates: 'Shared template',
    noTemplates: 'No shared template found.',
    status: { present: 'present', empty: 'empty', stated: 'stated in text', missing: 'missing' } as Record<
      CellStatus,
      string
    >,
    words: ['word', 'words'] as [string, string],
    findings: ['finding', 'findings'] as [string, string],
    notices: ['notice', 'notices'] as [string, string],
    wordsCol: 'words',
    findingsCol: 'findings',
    statusCol: 'status',
    controller: 'controller',
    controllerFact: 'Controller name and business ID',
    businessId: 'business ID',
    date: 'date',
    totalFindings: 'findings in all',
    error: 'unreadable',
    rule: 'rule',
    severity: 'severity',
    line: 'line',
    message: 'message',
    severities: { error: 'error', warning: 'warning', info: 'info' } as Record<string, string>,
    unreadable: 'Notices that could not be read',
    legend: 'Legend',
    legendItems: {
      present: 'the section has its heading; the number is its word count',
      empty: 'a heading with no text under it',
      stated: 'no heading of its own, but the text states it as lint accepts it',
      missing: 'no such section, and the text does not state it',
      findings: 'number of lint findings; open it to see them',
    } as Record<string, string>,
    generated: 'Made',
    sectionColumns: 'Sections of the columns',
    sheets: { matrix: 'Sections', facts: 'Key facts', similarity: 'Similarity', findings: 'Findings' },
    file: 'file',
    kind: 'row',
    notice: 'notice',
    factNames: {
      retention: 'Retention',
      transfers: 'Transfers outside the EU/EEA',
      profiling: 'Profiling',
      cookies: 'Cookies and analytics',
      contact: 'Contact / DPO',
      date: 'Date',
    } as Record<string, string>,
    yesNo: { yes: 'yes', no: 'no', unclear: 'unclear' },
    notStated: 'not stated',
    vague: 'vague',
    services: 'services',
    statedNo: 'not used',
    statedYes: 'described',
    mentions: 'mentioned',
    dpo: 'DPO',
    none: '—',
  },
};

export type Texts = (typeof T)['fi'];

/** "1 sana", "2 sanaa"; "1 word", "2 words" (the diff's, one rule for both). */
export { count };

function yn(v: YesNo, t: Texts): string {
  return v === null ? t.notStated : t.yesNo[v];
}

/** One fact of one notice as a short line of text. */
export function factText(id: string, f: NoticeFacts, t: Texts): string {
  switch (id) {
    case 'retention': {
      const found = [...f.retention.periods, ...f.retention.criteria];
      if (found.length) return found.join('; ');
      return f.retention.vague ? t.vague : f.retention.stated ? t.vague : t.notStated;
    }
    case 'transfers': {
      const s = yn(f.transfers.outsideEea, t);
      return f.transfers.services.length ? `${s}; ${t.services}: ${f.transfers.services.join(', ')}` : s;
    }
    case 'profiling': {
      const s =
        f.profiling.statement === 'no' ? t.statedNo : f.profiling.statement === 'yes' ? t.statedYes : t.notStated;
      return f.profiling.mentions.length ? `${s}; ${t.mentions}: ${f.profiling.mentions.join(', ')}` : s;
    }
    case 'cookies':
      if (!f.cookies.used && f.cookies.tools.length === 0) return t.notStated;
      return [t.yesNo.yes, ...f.cookies.tools].join('; ');
    case 'contact': {
      const parts = [...f.contact.emails];
      if (f.contact.dpo) parts.push(t.dpo);
      return parts.length ? parts.join('; ') : t.notStated;
    }
    case 'date':
      return f.date ?? t.notStated;
    default:
      return '';
  }
}

/** How a fact's cell is marked: missing (not stated), a problem (vague retention, unclear transfers), or fine. */
export function factMark(id: string, f: NoticeFacts, t: Texts): 'missing' | 'problem' | null {
  const text = factText(id, f, t);
  if (text === t.notStated) return 'missing';
  if ((id === 'retention' && text === t.vague) || (id === 'transfers' && f.transfers.outsideEea === 'unclear'))
    return 'problem';
  return null;
}

export function cellText(c: { status: CellStatus; words: number; findings: number }, t: Texts): string {
  if (c.status === 'missing')
    return c.findings ? `${t.status.missing} (${count(c.findings, t.findings)})` : t.status.missing;
  const base = c.status === 'empty' || c.status === 'stated' ? t.status[c.status] : count(c.words, t.words);
  return c.findings ? `${base}, ${count(c.findings, t.findings)}` : base;
}

export function sectionName(id: string, opts: CompareRenderOptions): string {
  return opts.sectionLabel ? opts.sectionLabel(id, opts.lang) : id;
}
