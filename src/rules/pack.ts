/**
 * A rule pack is a folder of YAML files, one rule each (rules/fi-gdpr/*.yaml), so
 * a lawyer can review or change one rule without reading code. Each file is
 * validated against the schema of its kind (an unknown key is an error), its section
 * ids against the catalogue, its patterns by compiling them, its `@list` references
 * against rules/lists.yaml and a `code` rule's options against its check's schema. A bad
 * file stops the run (exit 2) with one line: file, line, rule id, key, what is wrong.
 * What was validated is cached until a file of the pack, the catalogue, the lists,
 * seloste's version or the validating code changes, so an ordinary run loads neither
 * the YAML parser nor zod.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../model/errors.js';
import { cachedJson, codeFiles } from '../util/file-cache.js';
import { problemLine, readYamlSource, safeParseWithKeys, zodProblem } from '../util/zod-issues.js';
import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../segment/catalogue.js';
import { CHECK_OPTIONS } from './kinds/code.js';
import { KINDS } from './kinds/index.js';
import { checkRule } from './schema/check.js';
import { kindSchemas } from './schema/index.js';
import { DEFAULT_LISTS_PATH, loadLists } from './schema/lists.js';
import type { RuleBase } from './types.js';

export type RuleDef = RuleBase & { kind: string; file: string } & Record<string, unknown>;

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The code whose change must rebuild a cached pack: the schemas, the checks' option schemas, this loader, the pattern language. */
const VALIDATING_CODE = () =>
  codeFiles(
    new URL('./schema/', import.meta.url),
    new URL('./checks/', import.meta.url),
    new URL(import.meta.url),
    new URL(`./patterns${EXT}`, import.meta.url),
    new URL(`./kinds/code${EXT}`, import.meta.url),
    new URL(`../util/zod-issues${EXT}`, import.meta.url),
  );

/** A pack by name (a folder under rules/) or by path. */
export function loadPack(nameOrPath: string): RuleDef[] {
  const dir = /[\\/]/.test(nameOrPath) ? nameOrPath : join(RULES_DIR, nameOrPath);
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    throw new ConfigError(`${dir}: rule pack not found (a folder of .yaml rule files)`);
  }
  return cachedJson('pack', [dir, ...files, DEFAULT_CATALOGUE_PATH, DEFAULT_LISTS_PATH], () => validatePack(files), VALIDATING_CODE);
}

function validatePack(files: string[]): RuleDef[] {
  const seen = new Map<string, string>();
  const env = {
    sectionIds: new Set(loadCatalogue().sections.map((s) => s.id)),
    lists: loadLists(),
    checks: CHECK_OPTIONS,
  };
  return files.map((file) => {
    const src = readYamlSource(file);
    const raw = src.data;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}:1: a rule file is a mapping of keys (id, kind, severity, message …)`);
    const id = typeof (raw as { id?: unknown }).id === 'string' ? ((raw as { id: string }).id) : undefined;
    const kind = (raw as { kind?: unknown }).kind;
    if (typeof kind !== 'string' || !KINDS.has(kind)) {
      throw new ConfigError(problemLine(src, [], `expected one of ${[...KINDS.keys()].join(', ')}, got ${JSON.stringify(kind)}`, { key: 'kind', rule: id }));
    }
    const parsed = safeParseWithKeys(kindSchemas().get(kind)!, raw);
    if (!parsed.success) throw zodProblem(src, parsed.error, id);
    const def = { ...checkRule(src, parsed.data as Record<string, unknown>, env), file } as RuleDef;
    const twin = seen.get(def.id);
    if (twin) throw new ConfigError(problemLine(src, [], `"${def.id}" is already defined in ${twin}`, { key: 'id', rule: def.id }));
    seen.set(def.id, file);
    return def;
  });
}
