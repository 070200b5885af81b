/** The words the diff renderers print, Finnish by default, English with --lang en. */
import type { Lang } from '../../model/errors.js';
import type { SectionStatus } from '../types.js';

export interface DiffRenderOptions {
  lang: Lang;
  color: boolean;
  /** html: old and new next to each other, or one column with both */
  layout?: 'side-by-side' | 'inline';
  /** the catalogue label of a canonical id; the id itself when absent */
  sectionLabel?: (id: string, lang: Lang) => string;
  toolVersion?: string;
}

export const STATUS: Record<Lang, Record<SectionStatus, string>> = {
  fi: { added: 'lisätty', removed: 'poistettu', changed: 'muuttunut', unchanged: 'ennallaan', moved: 'siirretty' },
  en: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged', moved: 'moved' },
};

export const TEXT = {
  fi: {
    title: 'Tietosuojaselosteiden vertailu',
    old: 'vanha',
    new: 'uusi',
    similarity: 'samankaltaisuus',
    summary: 'Yhteenveto',
    sections: 'osiota',
    wordsInserted: 'sanaa lisätty',
    wordsDeleted: 'sanaa poistettu',
    noDifferences: 'Ei sisällöllisiä eroja.',
    alsoMoved: 'myös siirretty',
    movedFrom: 'siirretty otsikon alta',
    coarse: { word: '', sentence: 'verrattu virkkeittäin (teksti liian erilainen sanatason vertailuun)', block: 'verrattu kokonaisuutena (tekstit eivät muistuta toisiaan)' },
    changeList: 'Muutokset',
    noHeading: '(ei otsikkoa)',
    deleted: 'poistettu',
    inserted: 'lisätty',
    unchangedSections: 'Muuttumattomat osiot',
  },
  en: {
    title: 'Privacy notice comparison',
    old: 'old',
    new: 'new',
    similarity: 'similarity',
    summary: 'Summary',
    sections: 'sections',
    wordsInserted: 'words inserted',
    wordsDeleted: 'words deleted',
    noDifferences: 'No differences in content.',
    alsoMoved: 'also moved',
    movedFrom: 'moved from under',
    coarse: { word: '', sentence: 'compared sentence by sentence (too different for a word diff)', block: 'compared as a whole (the texts do not resemble each other)' },
    changeList: 'Changes',
    noHeading: '(no heading)',
    deleted: 'deleted',
    inserted: 'inserted',
    unchangedSections: 'Unchanged sections',
  },
} as const;

export function idsLabel(ids: string[], opts: DiffRenderOptions): string {
  return ids.map((id) => (opts.sectionLabel ? opts.sectionLabel(id, opts.lang) : id)).join(' + ');
}

/** Two decimals, rounded down: a changed section never shows "1.00" (0.997 → 0.99). */
export function similarityLabel(similarity: number): string {
  return (Math.floor(similarity * 100 + 1e-9) / 100).toFixed(2);
}
