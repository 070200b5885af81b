/**
 * The heading catalogue (rules/sections.yaml): canonical section ids, their labels,
 * GDPR articles and the phrasings that map to them. Loaded once and validated with
 * zod (an unknown key is an error), so a broken catalogue stops with the file, the line
 * and the key, not with a crash or a silently ignored entry later.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../model/errors.js';
import { cachedJson, codeFiles } from '../util/file-cache.js';
import { zod } from '../util/lazy-deps.js';
import { problemLine, validateYamlFile } from '../util/zod-issues.js';
import { LetterPattern } from './letters.js';

function catalogueSchema() {
  const z = zod();
  return z
    .object({
      version: z.literal(1),
      preamble: z.object({ fi: z.string().min(1), en: z.string().min(1) }).strict(),
      connectors: z.array(z.string().min(1)),
      sublabel: z.string(),
      distinct: z.array(z.tuple([z.string().min(3), z.string().min(3)])).default([]),
      titles: z.array(z.string().min(1)).default([]),
      sentenceCues: z.array(z.string().min(1)).default([]),
      sections: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z_]+$/, 'ids are lower_snake_case'),
              fi: z.string().min(1),
              en: z.string().min(1),
              gdpr: z.string().nullable(),
              phrases: z.array(z.string().min(1)).min(1),
              concepts: z.array(z.string().min(1)).default([]),
            })
            .strict(),
        )
        .min(1),
    })
    .strict();
}

interface CatalogueData {
  version: 1;
  preamble: { fi: string; en: string };
  connectors: string[];
  sublabel: string;
  distinct: [string, string][];
  titles: string[];
  sentenceCues: string[];
  sections: SectionDef[];
}

export interface SectionDef {
  id: string;
  fi: string;
  en: string;
  gdpr: string | null;
  phrases: string[];
  /** words that together say a heading is about this section (src/segment/concepts.ts) */
  concepts?: string[];
}

export interface Phrase {
  id: string;
  tokens: string[];
}

export interface Catalogue {
  file: string;
  sections: SectionDef[];
  byId: Map<string, SectionDef>;
  /** the name of the text before the first heading */
  preamble: { fi: string; en: string };
  connectors: Set<string>;
  sublabel: RegExp;
  /** stems that are different words though they share a long beginning */
  distinct: [string, string][];
  /** concepts of a heading that names the notice itself, not a section */
  titles?: string[];
  /** words that make a line a sentence, not a heading */
  sentenceCues?: string[];
  phrases: Phrase[];
}

export const DEFAULT_CATALOGUE_PATH = fileURLToPath(new URL('../../rules/sections.yaml', import.meta.url));

let cached: Catalogue | undefined;

export function loadCatalogue(file = DEFAULT_CATALOGUE_PATH): Catalogue {
  if (cached && cached.file === file) return cached;
  // the schema is this module: a new build of it rebuilds the cached catalogue
  const data = cachedJson(
    'catalogue',
    [file],
    () => validate(file),
    () => codeFiles(new URL(import.meta.url)),
  );
  const byId = new Map<string, SectionDef>();
  for (const s of data.sections) byId.set(s.id, s);
  const sublabel = new RegExp(data.sublabel, 'u');
  const phrases: Phrase[] = [];
  for (const s of data.sections) {
    for (const p of s.phrases) phrases.push({ id: s.id, tokens: tokenise(p).map((t) => t.norm) });
  }
  cached = {
    file,
    sections: data.sections,
    byId,
    preamble: data.preamble,
    connectors: new Set(data.connectors.map((c) => c.toLowerCase())),
    sublabel,
    distinct: (data.distinct ?? []).map(([a, b]) => [a.toLowerCase(), b.toLowerCase()]),
    titles: data.titles ?? [],
    sentenceCues: data.sentenceCues ?? [],
    phrases,
  };
  return cached;
}

/** A canonical id as a reader sees it: the section's name, the preamble's, or the id itself. */
export function sectionName(cat: Catalogue, id: string, lang: 'fi' | 'en'): string {
  return cat.byId.get(id)?.[lang] ?? (id === 'preamble' ? cat.preamble[lang] : id);
}

function validate(file: string): CatalogueData {
  const { src, data: parsed } = validateYamlFile(file, catalogueSchema());
  const data = parsed as CatalogueData;
  const seen = new Set<string>();
  for (const [i, s] of data.sections.entries()) {
    if (seen.has(s.id)) throw new ConfigError(problemLine(src, ['sections', i, 'id'], `duplicate id "${s.id}"`));
    seen.add(s.id);
  }
  try {
    new RegExp(data.sublabel, 'u');
  } catch (err) {
    throw new ConfigError(problemLine(src, ['sublabel'], (err as Error).message));
  }
  return data;
}

export interface Token {
  /** lower-cased form used for matching, trailing ':' removed (kept for sub-labels like "a:") */
  norm: string;
  start: number;
  end: number;
  /** true when a sentence or list separator (. , ; ? !) stands between this token and the previous one */
  boundaryBefore: boolean;
}

// A word may carry inner ':' (EU:n), '-' (tietosuoja-asetus), apostrophes, and a
// trailing '-' (suspended compound "tarkastus-") or ':' (label "Rekisterinpitäjä:").
// (src/segment/concepts.ts reads words with it too: one pattern, compiled once)
export const WORD = new LetterPattern("[\\p{L}\\p{N}]+(?:[:'’-][\\p{L}\\p{N}]+)*[-:]?", 'g');

export function tokenise(text: string): Token[] {
  return tokeniseUnless(text, () => false)!;
}

/**
 * The tokens of `text`, or null as soon as `reject` refuses one (its lower-cased form,
 * index and offset): the heading matcher turns most lines down on their second word, and
 * reading the rest of a long line for nothing was most of segmenting's time.
 */
export function tokeniseUnless(
  text: string,
  reject: (norm: string, index: number, start: number) => boolean,
): Token[] | null {
  const tokens: Token[] = [];
  let prevEnd = 0;
  const word = WORD.for(text);
  word.lastIndex = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let norm = m[0].toLowerCase();
    if (norm.endsWith(':') && norm.length > 2) norm = norm.slice(0, -1);
    if (reject(norm, tokens.length, start)) return null;
    tokens.push({ norm, start, end, boundaryBefore: boundaryBetween(text, prevEnd, start) });
    prevEnd = end;
  }
  return tokens;
}

/** Whether a sentence or list separator (. , ; ? !) stands in text[from, to). */
function boundaryBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3f || c === 0x21) return true;
  }
  return false;
}
