/**
 * Data files (rule packs, the heading catalogue, the facts, shared lists) fail as loudly as
 * code: a problem is one line naming the file, the line, the key and what is wrong,
 * `rules/fi-gdpr/x.yaml:12: rule a/b: scope[0]: unknown section id "retension"`.
 * The YAML is parsed with its positions kept (yaml's parseDocument + LineCounter), so the
 * path of a zod issue leads back to the line it came from.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type * as Yaml from 'yaml';
import { ConfigError } from '../model/errors.js';
import { yaml } from './lazy-deps.js';

export type Path = readonly PropertyKey[];

/** A parsed YAML file that remembers where each key and item stood. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path` (or of its key `key`), else of the deepest part of the path that exists */
  lineOf(path: Path, key?: string): number;
}

/** Parses YAML text; a syntax error is a ConfigError `file:line: message`. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const Y = yaml();
  const lineCounter = new Y.LineCounter();
  const doc = Y.parseDocument(text, { lineCounter, uniqueKeys: true });
  const bad = doc.errors[0];
  if (bad) {
    const line = bad.linePos?.[0].line;
    const message = bad.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const lineOf = (path: Path, key?: string): number => {
    let node: unknown = doc.contents;
    let line = lineAt((node as Yaml.Node | null)?.range?.[0]);
    const steps: PropertyKey[] = key === undefined ? [...path] : [...path, key];
    for (const step of steps) {
      if (Y.isMap(node)) {
        const pair = node.items.find((p) => String(Y.isScalar(p.key) ? p.key.value : p.key) === String(step));
        if (!pair) break;
        // the key's line: where a reader looks for `then:` (its block value starts a line lower)
        line = lineAt((pair.key as Yaml.Node | null)?.range?.[0]);
        node = pair.value;
      } else if (Y.isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Yaml.Node | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { file, data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}

/** Reads and parses a YAML data file; an unreadable file or a syntax error is a one-line ConfigError. */
export function readYamlSource(file: string): YamlSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseYamlSource(file, text);
}

/** Reads a YAML data file and validates it against a (strict) schema: the data, and the source to name lines with. */
export function validateYamlFile<T>(file: string, schema: z.ZodType<T>): { src: YamlSource; data: T } {
  const src = readYamlSource(file);
  const parsed = safeParseWithKeys(schema, src.data);
  if (!parsed.success) throw zodProblem(src, parsed.error);
  return { src, data: parsed.data };
}

/** "sections[3].phrases" — a path inside a file as a reader writes it. */
export function formatPath(path: Path): string {
  return path.map((p, idx) => (typeof p === 'number' ? `[${p}]` : idx === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** One problem in a data file as one line: `file:line: [rule id: ]key: message`. */
export function problemLine(
  src: YamlSource,
  path: Path,
  message: string,
  opts: { key?: string; rule?: string } = {},
): string {
  const where = formatPath(opts.key === undefined ? path : [...path, opts.key]);
  const rule = opts.rule ? `rule ${opts.rule}: ` : '';
  return `${src.file}:${src.lineOf(path, opts.key)}: ${rule}${where || '(top level)'}: ${message}`;
}

/** The first issue of a failed validation as a ConfigError naming file, line, key (and rule). */
export function zodProblem(src: YamlSource, error: z.ZodError, rule?: string, prefix: Path = []): ConfigError {
  // a misspelt key also makes the key it was meant to be "missing": the unknown key says more
  const first = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  const issue = { ...first, path: [...prefix, ...first.path] } as typeof first;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const what =
      keys.length === 1 ? `unknown key "${keys[0]}"` : `unknown keys ${keys.map((k) => `"${k}"`).join(', ')}`;
    const known = knownKeys(error, first.path);
    const hint = known.length ? ` (${keyHint(keys[0], known)})` : '';
    return new ConfigError(problemLine(src, issue.path, `${what}${hint}`, { key: keys[0], rule }));
  }
  return new ConfigError(problemLine(src, issue.path, issueMessage(issue, src.data), { rule }));
}

/** zod's message, with the value that was given ("expected number, got "abc""). */
function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const given = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && given === undefined) return `missing (expected ${issue.expected})`;
  const message = issue.message.replace(/^Invalid (?:input|option): /, '').replace(/, received \w+$/, '');
  const scalar = given === null || ['string', 'number', 'boolean'].includes(typeof given);
  return scalar && issue.code !== 'custom' ? `${message}, got ${JSON.stringify(given)}` : message;
}

/**
 * The keys an object at `path` may have, read from the schema that failed (zod keeps it on
 * the error's issues only as text, so the caller's schema is found through `knownKeysOf`).
 */
function knownKeys(error: z.ZodError, path: Path): string[] {
  const schema = (error as unknown as { [SCHEMA]?: unknown })[SCHEMA];
  return schema ? keysAt(schema, path) : [];
}

/** Marks a zod error with the schema that produced it, so an unknown key can be answered with the known ones. */
export const SCHEMA = Symbol('schema');
export function safeParseWithKeys<T>(schema: z.ZodType<T>, data: unknown): z.ZodSafeParseResult<T> {
  const result = schema.safeParse(data);
  if (!result.success) (result.error as unknown as { [SCHEMA]: unknown })[SCHEMA] = schema;
  return result;
}

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  valueType?: unknown;
};
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def: Def } })?._zod?.def;

function keysAt(schema: unknown, path: Path): string[] {
  let nodes: unknown[] = [schema];
  const unwrap = (list: unknown[]): unknown[] =>
    list.flatMap((s) => {
      const d = defOf(s);
      if (!d) return [];
      if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault')
        return unwrap([d.innerType]);
      if (d.type === 'pipe') return unwrap([d.in]);
      if (d.type === 'union') return unwrap(d.options ?? []);
      return [s];
    });
  for (const step of path) {
    nodes = unwrap(nodes).flatMap((s) => {
      const d = defOf(s)!;
      if (typeof step === 'number') return d.type === 'array' ? [d.element] : [];
      if (d.type === 'object') return d.shape && step in d.shape ? [d.shape[step as string]] : [];
      if (d.type === 'record') return [d.valueType];
      return [];
    });
  }
  return [
    ...new Set(unwrap(nodes).flatMap((s) => (defOf(s)!.type === 'object' ? Object.keys(defOf(s)!.shape ?? {}) : []))),
  ];
}

/** `did you mean "mustNotMatch"?` for a near miss, else the keys there are. */
function keyHint(key: string, known: string[]): string {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = d[0];
      d[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const t = d[j];
        d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
        prev = t;
      }
    }
    return d[b.length];
  };
  const best = [...known].sort((a, b) => dist(key, a) - dist(key, b))[0];
  return dist(key, best) <= Math.max(2, Math.floor(best.length / 3))
    ? `did you mean "${best}"?`
    : `known keys: ${known.join(', ')}`;
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** "sections[3].phrases: expected array" — every issue, for callers without a YAML source (the config). */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? formatPath(i.path) : '(top level)'}: ${i.message}`).join('; ');
}
