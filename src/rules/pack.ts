/**
 * A rule pack is a folder of YAML files, one rule each (rules/fi-gdpr/*.yaml), so
 * a lawyer can review or change one rule without reading code. Each file is
 * validated against the schema of its kind; a bad file stops the run (exit 2)
 * with the file, the path inside it and what is wrong. What was validated is
 * cached until a file of the pack changes, so an ordinary run loads neither the
 * YAML parser nor zod.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../model/errors.js';
import { cachedJson } from '../model/file-cache.js';
import { yaml } from '../model/lazy-deps.js';
import { formatZodIssues } from '../model/zod-issues.js';
import { KINDS } from './kinds/index.js';
import { ruleSchema } from './schema/index.js';
import type { RuleBase } from './types.js';

export type RuleDef = RuleBase & { kind: string; file: string } & Record<string, unknown>;

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

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
  return cachedJson('pack', [dir, ...files], () => validatePack(files));
}

function validatePack(files: string[]): RuleDef[] {
  const seen = new Map<string, string>();
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = yaml().parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError(`${file}: ${(err as Error).message.split('\n')[0]}`);
    }
    const kind = (raw as { kind?: unknown })?.kind;
    if (typeof kind !== 'string' || !KINDS.has(kind)) {
      throw new ConfigError(`${file}: kind: expected one of ${[...KINDS.keys()].join(', ')}, got ${JSON.stringify(kind)}`);
    }
    const parsed = ruleSchema().safeParse(raw);
    if (!parsed.success) throw new ConfigError(`${file}: ${formatZodIssues(parsed.error)}`);
    const def = { ...(parsed.data as object), file } as RuleDef;
    const twin = seen.get(def.id);
    if (twin) throw new ConfigError(`${file}: id: "${def.id}" is already defined in ${twin}`);
    seen.set(def.id, file);
    return def;
  });
}
