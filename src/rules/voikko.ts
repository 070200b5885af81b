/**
 * Voikko, the Finnish spell checker, through libvoikko's C API (koffi, no native
 * build). Only `text/spelling` needs it, so koffi and the library are loaded on
 * first use, never at start-up. One speller per library path lives for the whole
 * run and remembers its verdicts, so each distinct word costs one call per run.
 */
import { createRequire } from 'node:module';
import { ConfigError } from '../model/errors.js';

type Koffi = typeof import('koffi');

export const DEFAULT_LIBRARY = 'libvoikko.so.1';
const INSTALL = 'install it with: apt-get install libvoikko1 voikko-fi';

export interface Speller {
  /** true when Voikko accepts the word as written */
  spell(word: string): boolean;
  /** Voikko's corrections, best first (empty when it has none) */
  suggest(word: string): string[];
  /**
   * The fewest words Voikko reads the word as (1 for "Varsinais-Suomen"'s place name or
   * "henkilötietojen"'s lexicon compound counts its parts: henkilö|tieto = 2); 0 when it
   * cannot analyse the word.
   */
  parts(word: string): number;
}

const spellers = new Map<string, Speller>();

/**
 * The speller for a library path (default: the system's libvoikko.so.1) and the
 * Finnish dictionary. A missing library or dictionary is a ConfigError: one line
 * that says how to install it (exit 2), never a crash.
 */
export function openVoikko(libraryPath: string = DEFAULT_LIBRARY): Speller {
  const known = spellers.get(libraryPath);
  if (known) return known;
  const speller = load(libraryPath);
  spellers.set(libraryPath, speller);
  return speller;
}

function load(libraryPath: string): Speller {
  let koffi: Koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
  } catch (err) {
    throw new ConfigError(`text/spelling: Voikko needs the optional package koffi: npm install koffi (${oneLine(err)})`);
  }
  let lib: ReturnType<Koffi['load']>;
  try {
    lib = koffi.load(libraryPath);
  } catch (err) {
    throw new ConfigError(`text/spelling: libvoikko not found (${oneLine(err)}); ${INSTALL}`);
  }
  let init, spellCstr, suggestCstr, freeCstrArray, analyze, analysisValue, freeAnalysisValue, freeAnalysis;
  try {
    init = lib.func('void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)');
    spellCstr = lib.func('int voikkoSpellCstr(void *handle, const char *word)');
    suggestCstr = lib.func('void *voikkoSuggestCstr(void *handle, const char *word)');
    freeCstrArray = lib.func('void voikkoFreeCstrArray(void *array)');
    analyze = lib.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)');
    analysisValue = lib.func('void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)');
    freeAnalysisValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)');
    freeAnalysis = lib.func('void voikko_free_mor_analysis(void *analyses)');
  } catch (err) {
    throw new ConfigError(`text/spelling: ${libraryPath} is not libvoikko (${oneLine(err)}); ${INSTALL}`);
  }
  const error: (string | null)[] = [null];
  const handle: unknown = init(error, 'fi', null);
  if (!handle) {
    throw new ConfigError(`text/spelling: libvoikko has no Finnish dictionary (${error[0] ?? 'voikkoInit failed'}); ${INSTALL}`);
  }
  const pointerSize = koffi.sizeof('void *');
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const partCounts = new Map<string, number>();
  return {
    spell(word) {
      let ok = verdicts.get(word);
      // VOIKKO_SPELL_OK is 1; failed (0) and internal error (2) both mean "not accepted".
      if (ok === undefined) verdicts.set(word, (ok = spellCstr(handle, word) === 1));
      return ok;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (list) return list;
      list = [];
      const array: unknown = suggestCstr(handle, word);
      if (array) {
        // A NULL-terminated array of strings that libvoikko allocated: read up to NULL, then free it.
        try {
          for (let i = 0; ; i++) {
            const s = koffi.decode(array, i * pointerSize, 'char *') as string | null;
            if (s === null) break;
            list.push(s);
          }
        } finally {
          freeCstrArray(array);
        }
      }
      suggestions.set(word, list);
      return list;
    },
    parts(word) {
      let n = partCounts.get(word);
      if (n !== undefined) return n;
      n = 0;
      const list: unknown = analyze(handle, word);
      if (list) {
        // A NULL-terminated array of analyses; STRUCTURE marks each word's start with "=".
        try {
          for (let i = 0; ; i++) {
            const analysis = koffi.decode(list, i * pointerSize, 'void *') as unknown;
            if (!analysis) break;
            const value: unknown = analysisValue(analysis, 'STRUCTURE');
            if (!value) continue;
            const structure = koffi.decode(value, 'char', -1) as string;
            freeAnalysisValue(value);
            const count = Math.max(1, (structure.match(/=/g) ?? []).length);
            n = n === 0 ? count : Math.min(n, count);
          }
        } finally {
          freeAnalysis(list);
        }
      }
      partCounts.set(word, n);
      return n;
    },
  };
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .split('\n')[0]
    .trim();
}
