/**
 * What a schema alone cannot see in a rule file, checked when the pack is loaded so that
 * a mistake stops the run instead of switching the rule off:
 *   - every section id (`scope`, `sections`, `section`, `anchor`, `children`) is one the
 *     catalogue (rules/sections.yaml) knows; `right_*` must match at least one;
 *   - every `@list` reference names a list of rules/lists.yaml, and is replaced by its patterns;
 *   - every pattern compiles;
 *   - a `code` rule's check exists and its `options` pass the schema the check exports.
 * Each problem is one line: file, line, rule id, key, what is wrong.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import { ConfigError } from '../../model/errors.js';
import { problemLine, safeParseWithKeys, zodProblem, type Path, type YamlSource } from '../../util/zod-issues.js';
import { expandPatterns, LIST_REF, listItems, patternProblem, type Lists } from './lists.js';

export interface RuleCheckEnv {
  sectionIds: ReadonlySet<string>;
  lists: Lists;
  /** the checks a `code` rule may name, each with its options schema (none: it takes no options) */
  checks: ReadonlyMap<string, (() => z.ZodType) | null>;
}

/** Keys whose value is a list of section ids, and the key whose value is one. */
const SECTION_LISTS = new Set(['scope', 'sections', 'anchor', 'children']);
const SECTION_ONE = 'section';
/** Keys whose value is a list of patterns (strings, or `{ pattern, suggestion }`). */
const PATTERN_LISTS = new Set(['patterns', 'mentions', 'mustMatch', 'mustNotMatch', 'pointAt']);
/** Prose, word lists and options: no section ids or patterns inside. */
const SKIP = new Set(['message', 'messages', 'description', 'fix', 'examples', 'options', 'swap', 'stems', 'known', 'neighbours', 'supersededBy']);
/** Segments that are not catalogue sections but may be scoped (the text before the first heading, unnamed headings). */
const PSEUDO_SECTIONS = ['preamble', 'other'];

/** Checks a rule that passed its kind's schema; returns it with `@list` references expanded. */
export function checkRule<T extends Record<string, unknown>>(src: YamlSource, def: T, env: RuleCheckEnv): T {
  const rule = typeof def.id === 'string' ? def.id : undefined;
  const fail = (path: Path, message: string): never => {
    throw new ConfigError(problemLine(src, path, message, { rule }));
  };
  const known = [...env.sectionIds, ...PSEUDO_SECTIONS];
  const checkId = (id: unknown, path: Path) => {
    if (typeof id !== 'string') return;
    if (id.endsWith('*')) {
      if (!known.some((k) => k.startsWith(id.slice(0, -1)))) fail(path, `no section id begins with "${id.slice(0, -1)}"`);
      return;
    }
    if (!known.includes(id)) fail(path, `unknown section id "${id}" (did you mean "${closest(id, known)}"? the ids are in rules/sections.yaml)`);
  };
  const walk = (value: unknown, path: PropertyKey[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const here = [...path, key];
      if (SKIP.has(key)) out[key] = v;
      else if (SECTION_LISTS.has(key) && Array.isArray(v)) {
        v.forEach((id, i) => checkId(id, [...here, i]));
        out[key] = v;
      } else if (key === SECTION_ONE) {
        checkId(v, here);
        out[key] = v;
      } else if (PATTERN_LISTS.has(key) && Array.isArray(v)) out[key] = patternList(v, here);
      else out[key] = walk(v, here);
    }
    return out;
  };
  const patternList = (items: unknown[], path: Path): unknown[] =>
    items.flatMap((it, i) => {
      const p = typeof it === 'string' ? it : (it as { pattern?: string }).pattern;
      if (typeof p !== 'string') return [it];
      const ref = typeof it === 'string' ? LIST_REF.exec(it) : null;
      if (ref) return listItems(ref[1], env.lists, src, [...path, i], rule).flatMap((item) => item.patterns);
      const why = patternProblem(p);
      if (why) fail(typeof it === 'string' ? [...path, i] : [...path, i, 'pattern'], why);
      return [it];
    });

  const checked = walk(def, []) as T;
  if (def.kind === 'code') checkOptions(src, checked, env, rule);
  return checked;
}

/** A `code` rule: the check must exist, and its options pass the check's own schema. */
function checkOptions(src: YamlSource, def: Record<string, unknown>, env: RuleCheckEnv, rule?: string): void {
  const name = def.check as string;
  if (!env.checks.has(name)) {
    const names = [...env.checks.keys()];
    throw new ConfigError(problemLine(src, [], `unknown check "${name}" (did you mean "${closest(name, names)}"? checks: ${names.join(', ')})`, { key: 'check', rule }));
  }
  const schema = env.checks.get(name);
  const options = (def.options ?? {}) as Record<string, unknown>;
  if (!schema) {
    const keys = Object.keys(options);
    if (keys.length) throw new ConfigError(problemLine(src, ['options'], `unknown key "${keys[0]}" (the check ${name} takes no options)`, { key: keys[0], rule }));
    return;
  }
  // `@list` references in an option's list of words (notice/date's dateWords: ["@date-words"])
  for (const [key, v] of Object.entries(options)) {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) options[key] = expandPatterns(v, env.lists, src, ['options', key], rule);
  }
  const parsed = safeParseWithKeys(schema(), options);
  if (!parsed.success) {
    throw zodProblem(src, parsed.error, rule, ['options']);
  }
  def.options = parsed.data;
}
