/** Words and fact display of the compare renderers, Finnish by default, English with --lang en. */
import type { Lang } from '../../model/errors.js';
import type { NoticeFacts, YesNo } from '../facts.js';
import type { CellStatus } from '../index.js';

export interface CompareRenderOptions {
  lang: Lang;
  color: boolean;
  /** the catalogue label of a canonical id */
  sectionLabel?: (id: string, lang: Lang) => string;
  toolVersion?: string;
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
    status: { present: 'on', empty: 'tyhjä', stated: 'mainittu tekstissä', missing: 'puuttuu' } as Record<CellStatus, string>,
    words: 'sanaa',
    findings: 'havaintoa',
    file: 'tiedosto',
    kind: 'rivi',
    notice: 'seloste',
    factNames: { retention: 'Säilytysaika', transfers: 'Siirrot EU/ETA:n ulkopuolelle', profiling: 'Profilointi', cookies: 'Evästeet ja analytiikka', contact: 'Yhteystiedot / tietosuojavastaava', date: 'Päiväys' } as Record<string, string>,
    yesNo: { yes: 'kyllä', no: 'ei', unclear: 'epäselvä' },
    notStated: 'ei mainita',
    vague: 'ei täsmällistä aikaa',
    services: 'palvelut',
    statedNo: 'ilmoitettu: ei käytössä',
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
    status: { present: 'present', empty: 'empty', stated: 'stated in text', missing: 'missing' } as Record<CellStatus, string>,
    words: 'words',
    findings: 'findings',
    file: 'file',
    kind: 'row',
    notice: 'notice',
    factNames: { retention: 'Retention', transfers: 'Transfers outside the EU/EEA', profiling: 'Profiling', cookies: 'Cookies and analytics', contact: 'Contact / DPO', date: 'Date' } as Record<string, string>,
    yesNo: { yes: 'yes', no: 'no', unclear: 'unclear' },
    notStated: 'not stated',
    vague: 'no concrete period',
    services: 'services',
    statedNo: 'stated: not used',
    statedYes: 'described',
    mentions: 'mentioned',
    dpo: 'DPO',
    none: '—',
  },
};

type Texts = (typeof T)['fi'];

function yn(v: YesNo, t: Texts): string {
  return v === null ? t.notStated : t.yesNo[v];
}

/** One fact of one notice as a short line of text. */
export function factText(id: string, f: NoticeFacts, t: Texts): string {
  switch (id) {
    case 'retention':
      if (f.retention.periods.length) return f.retention.periods.join('; ');
      return f.retention.vague ? t.vague : t.notStated;
    case 'transfers': {
      const s = yn(f.transfers.outsideEea, t);
      return f.transfers.services.length ? `${s}; ${t.services}: ${f.transfers.services.join(', ')}` : s;
    }
    case 'profiling': {
      const s = f.profiling.statement === 'no' ? t.statedNo : f.profiling.statement === 'yes' ? t.statedYes : t.notStated;
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

export function cellText(c: { status: CellStatus; words: number; findings: number }, t: Texts): string {
  if (c.status === 'missing') return c.findings ? `${t.status.missing} (${c.findings} ${t.findings})` : t.status.missing;
  const base = c.status === 'empty' || c.status === 'stated' ? t.status[c.status] : `${c.words} ${t.words}`;
  return c.findings ? `${base}, ${c.findings} ${t.findings}` : base;
}

export function sectionName(id: string, opts: CompareRenderOptions): string {
  return opts.sectionLabel ? opts.sectionLabel(id, opts.lang) : id;
}
