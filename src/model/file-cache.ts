/**
 * A JSON cache of what was parsed and validated from YAML files (the rule pack, the
 * heading catalogue), keyed by the files' paths, sizes and modification times: an
 * edit to any of them rebuilds the entry. It lives in node_modules/.cache/seloste of
 * the installed package; where that cannot be written, nothing is cached.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/seloste/', import.meta.url));
const FORMAT = 1;

export function cachedJson<T>(kind: string, files: string[], build: () => T): T {
  let stamp: string;
  try {
    stamp = files.map((f) => {
      const s = statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    }).join('|');
  } catch {
    return build();
  }
  const file = join(CACHE_DIR, `${kind}-${fnv1a(files.join('|'))}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { format: number; stamp: string; value: T };
    if (entry.format === FORMAT && entry.stamp === stamp) return entry.value;
  } catch {
    /* no entry yet, or a broken one: build it */
  }
  const value = build();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, stamp, value }));
    renameSync(tmp, file);
  } catch {
    /* a read-only install: validate every time */
  }
  return value;
}

/** A short name for a list of paths (FNV-1a); not a security hash, node:crypto costs more to load. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
