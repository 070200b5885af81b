/** The words the diff renderers print, Finnish by default, English with --lang en. */
import type { Lang } from '../../model/errors.js';
import type { DiffSummary, DiffUnit, SectionStatus, SubstanceFinding } from '../types.js';
import { count } from '../../util/count.js';

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
    title: 'Tietosuojaselosteen muutokset',
    old: 'vanha',
    position: 'paikka',
    substance: 'Olennaiset muutokset',
    noSubstance: 'Ei muutoksia keskeisiin tietoihin eikä lint-havaintoihin.',
    factsChanged: 'Keskeiset tiedot',
    newFindings: 'Uudet havainnot',
    resolvedFindings: 'Korjautuneet havainnot',
    line: 'rivi',
    lines: 'rivit',
    sectionsWord: ['osio', 'osiota'] as readonly [string, string],
    wordsInsertedN: ['sana lisätty', 'sanaa lisätty'] as readonly [string, string],
    wordsDeletedN: ['sana poistettu', 'sanaa poistettu'] as readonly [string, string],
    new: 'uusi',
    similarity: 'samankaltaisuus',
    summary: 'Yhteenveto',
    sections: 'osiota',
    wordsInserted: 'sanaa lisätty',
    wordsDeleted: 'sanaa poistettu',
    noDifferences: 'Ei sisällöllisiä eroja.',
    alsoMoved: 'myös siirretty',
    movedFrom: 'siirretty otsikon alta',
    coarse: {
      word: '',
      sentence: 'verrattu virkkeittäin (teksti liian erilainen sanatason vertailuun)',
      block: 'verrattu kokonaisuutena (tekstit eivät muistuta toisiaan)',
    },
    changeList: 'Muutokset',
    noHeading: '(ei otsikkoa)',
    deleted: 'poistettu',
    inserted: 'lisätty',
    unchangedSections: 'Muuttumattomat osiot',
  },
  en: {
    title: 'Changes to the privacy notice',
    old: 'old',
    position: 'place',
    substance: 'What changed in substance',
    noSubstance: 'No change in the key facts or the lint findings.',
    factsChanged: 'Key facts',
    newFindings: 'New findings',
    resolvedFindings: 'Resolved findings',
    line: 'line',
    lines: 'lines',
    sectionsWord: ['section', 'sections'] as readonly [string, string],
    wordsInsertedN: ['word inserted', 'words inserted'] as readonly [string, string],
    wordsDeletedN: ['word deleted', 'words deleted'] as readonly [string, string],
    new: 'new',
    similarity: 'similarity',
    summary: 'Summary',
    sections: 'sections',
    wordsInserted: 'words inserted',
    wordsDeleted: 'words deleted',
    noDifferences: 'No differences in content.',
    alsoMoved: 'also moved',
    movedFrom: 'moved from under',
    coarse: {
      word: '',
      sentence: 'compared sentence by sentence (too different for a word diff)',
      block: 'compared as a whole (the texts do not resemble each other)',
    },
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

export { count };

/** The summary line, the same words in every format. */
export function summaryText(s: DiffSummary, lang: Lang): string {
  const t = TEXT[lang];
  const st = STATUS[lang];
  const total = s.added + s.removed + s.changed + s.moved + s.unchanged;
  return (
    `${count(total, t.sectionsWord)}: ${s.added} ${st.added}, ${s.removed} ${st.removed}, ${s.changed} ${st.changed}, ${s.moved} ${st.moved}, ` +
    `${s.unchanged} ${st.unchanged}; ${count(s.wordsInserted, t.wordsInsertedN)}, ${count(s.wordsDeleted, t.wordsDeletedN)}`
  );
}

/** A moved section's places: "paikka 4 → 6". */
export function movedText(u: DiffUnit, lang: Lang): string | null {
  if (!u.moved || !u.old?.position || !u.new?.position || u.old.position === u.new.position) return null;
  return `${TEXT[lang].position} ${u.old.position} → ${u.new.position}`;
}

/** Findings of one rule with one message, read once: "rivit 9, 17, 18". */
export function groupFindings(
  items: readonly SubstanceFinding[],
  lang: Lang,
): { ruleId: string; message: string; where: string }[] {
  const t = TEXT[lang];
  const groups = new Map<string, { ruleId: string; message: string; lines: number[] }>();
  for (const f of items) {
    const k = `${f.ruleId}\u0000${f.message}`;
    const g = groups.get(k) ?? { ruleId: f.ruleId, message: f.message, lines: [] };
    g.lines.push(f.line);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => ({
    ruleId: g.ruleId,
    message: g.message,
    where: `${g.lines.length === 1 ? t.line : t.lines} ${g.lines.join(', ')}`,
  }));
}
