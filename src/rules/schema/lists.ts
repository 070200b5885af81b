/**
 * Shared lists (rules/lists.yaml): a list that several rule files and rules/facts.yaml need
 * (the US services, the date words) is written once, by name, and referenced in a pattern
 * list as `"@us-services"`. An item is a pattern, or `{ name, patterns }` when several
 * patterns name one thing (Microsoft: "Microsoft*", "Office 365", "Azure"); a pattern
 * list takes all of a list's patterns, and compare's facts take the names.
 *
 * Loaded only to validate a pack (whose cache then holds the expanded patterns) or the facts.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/errors.js';
import { cachedJson, codeFiles } from '../../util/file-cache.js';
import { once, zod } from '../../util/lazy-deps.js';
import { problemLine, validateYamlFile, type Path, type YamlSource } from '../../util/zod-issues.js';
import { patternSource } from '../patterns.js';

export const DEFAULT_LISTS_PATH = fileURLToPath(new URL('../../../rules/lists.yaml', import.meta.url));

export interface ListItem {
  name: string;
  patterns: string[];
}

export interface Lists {
  file: string;
  lists: ReadonlyMap<string, ListItem[]>;
}

const listsSchema = once(() => {
  const z = zod();
  const item = z.union([z.string().min(1), z.object({ name: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) }).strict()]);
  return z
    .object({
      version: z.literal(1),
      lists: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'list names are lower-case-with-hyphens'), z.array(item).min(1)),
    })
    .strict();
});

/** A reference to a shared list: the whole entry is `@name`. */
export const LIST_REF = /^@([a-z][a-z0-9-]*)$/;

let cached: Lists | undefined;

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * The lists of a file, validated. compare's facts load them on every run: what was validated
 * is cached like the pack (file-cache.ts), so a run parses no YAML and compiles no pattern here.
 */
export function loadLists(file = DEFAULT_LISTS_PATH): Lists {
  if (cached && cached.file === file) return cached;
  const entries = cachedJson('lists', [file], () => [...validateLists(file)], () => codeFiles(new URL(import.meta.url), new URL(`../patterns${EXT}`, import.meta.url)));
  cached = { file, lists: new Map(entries) };
  return cached;
}

function validateLists(file: string): Map<string, ListItem[]> {
  const { src, data } = validateYamlFile(file, listsSchema());
  const lists = new Map<string, ListItem[]>();
  for (const [name, items] of Object.entries(data.lists)) {
    lists.set(
      name,
      items.map((it, i) => {
        const item = typeof it === 'string' ? { name: it, patterns: [it] } : it;
        item.patterns.forEach((p, k) => {
          if (LIST_REF.test(p)) throw new ConfigError(problemLine(src, ['lists', name, i, ...(typeof it === 'string' ? [] : ['patterns', k])], 'a list cannot reference another list'));
          const why = patternProblem(p);
          if (why) throw new ConfigError(problemLine(src, ['lists', name, i, ...(typeof it === 'string' ? [] : ['patterns', k])], why));
        });
        return item;
      }),
    );
  }
  return lists;
}

/** Why a pattern does not compile ("invalid pattern "/(/": Unterminated group"), or null. */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(patternSource(pattern), 'giu');
    return null;
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    const shown = pattern.length > 80 ? `${pattern.slice(0, 77)}…` : pattern;
    return `invalid pattern ${JSON.stringify(shown)}: ${reason}`;
  }
}

/**
 * A pattern list with its `@name` references replaced by the lists' patterns. An unknown
 * name is a ConfigError at `path` (the list's key in `src`), naming the lists there are.
 */
export function expandPatterns(patterns: readonly string[], lists: Lists, src: YamlSource, path: Path, rule?: string): string[] {
  return patterns.flatMap((p, i) => {
    const ref = LIST_REF.exec(p);
    if (!ref) return [p];
    return listItems(ref[1], lists, src, [...path, i], rule).flatMap((it) => it.patterns);
  });
}

/** The items of the list a reference names (for named lists such as compare's US services). */
export function listItems(name: string, lists: Lists, src: YamlSource, path: Path, rule?: string): ListItem[] {
  const items = lists.lists.get(name);
  if (!items) {
    const known = [...lists.lists.keys()].map((k) => `@${k}`).join(', ');
    throw new ConfigError(problemLine(src, path, `unknown list "@${name}" (${lists.file} has ${known || 'none'})`, { rule }));
  }
  return items;
}
