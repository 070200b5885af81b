/**
 * A JSON cache of what was parsed and validated from YAML files (the rule pack, the
 * heading catalogue), keyed by seloste's version and by the paths, sizes and
 * modification times of the files and of the code that validated them (the schema
 * modules): an edit to any of them, or a new build of the schema code, rebuilds the
 * entry, so a stricter schema is never hidden by what an older one accepted. It lives
 * in node_modules/.cache/seloste of the installed package; where that cannot be
 * written, nothing is cached.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Set by the bundler (scripts/build-bundle.mjs) to a hash of every source file: the bundled
 * CLI is one file whose code changes only with a new build, so this stands for the schema
 * modules' stamps without a stat of each. Undefined in the tsc build and under tests.
 */
declare const __SELOSTE_CODE_KEY__: string | undefined;
const BUILD_CODE_KEY = typeof __SELOSTE_CODE_KEY__ === 'string' ? __SELOSTE_CODE_KEY__ : undefined;

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/seloste/', import.meta.url));
const FORMAT = 2;

let version: string | undefined;
function selosteVersion(): string {
  try {
    version ??= (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version;
  } catch {
    version = 'unknown';
  }
  return version;
}

/**
 * The cached value of `build()` for these data files, validated by these code files
 * (absolute paths of the modules whose change must rebuild the entry; a function is asked
 * only when there is no build-time key for the code).
 */
export function cachedJson<T>(
  kind: string,
  files: string[],
  build: () => T,
  code: string[] | (() => string[]) = [],
): T {
  let stamp: string;
  try {
    const codeStamp =
      BUILD_CODE_KEY !== undefined
        ? [`code:${BUILD_CODE_KEY}`]
        : (typeof code === 'function' ? code() : code).map(fileStamp);
    stamp = [selosteVersion(), ...files.map(fileStamp), ...codeStamp].join('|');
  } catch {
    return build();
  }
  // The bundle and the library key their code differently: separate entries, so running one
  // and then the other does not rebuild the entry each time.
  const file = join(
    CACHE_DIR,
    `${kind}-${fnv1a(files.join('|'))}${BUILD_CODE_KEY !== undefined ? '-bundle' : ''}.json`,
  );
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

function fileStamp(f: string): string {
  const s = statSync(f);
  return `${f}:${s.size}:${s.mtimeMs}`;
}

/**
 * The module files (compiled .js, or .ts when run from source) of the given folders and
 * files, as absolute paths: the code part of a cache key.
 */
export function codeFiles(...urls: URL[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    const path = fileURLToPath(url);
    if (!path.endsWith('/')) {
      out.push(path);
      continue;
    }
    try {
      for (const f of readdirSync(path).sort())
        if (/\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts')) out.push(join(path, f));
    } catch {
      /* no such folder: nothing to key on */
    }
  }
  return out;
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
