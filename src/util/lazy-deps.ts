/**
 * zod and yaml take ~100 ms to load, more than the rest of a lint of one notice.
 * They are needed only when a YAML file must be parsed and validated (a pack or
 * catalogue that changed since it was cached, or a user's config), so they are
 * loaded on first use, synchronously, from their CommonJS builds.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Zod from 'zod';

const require = createRequire(import.meta.url);

export const zod = (): typeof Zod.z => (require('zod') as typeof Zod).z;
export const yaml = (): typeof Yaml => require('yaml') as typeof Yaml;

/** A value made on first use and kept (schemas are built once, when first needed). */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * Node's own modules that a run of one text notice never needs (worker threads for PDF
 * and DOCX, the core count, SHA-256 for SARIF): each costs 1–4 ms to load at start-up,
 * so they are loaded where first used.
 */
export const nodeOs = (): typeof import('node:os') => require('node:os') as typeof import('node:os');
export const workerThreads = (): typeof import('node:worker_threads') =>
  require('node:worker_threads') as typeof import('node:worker_threads');
export const nodeCrypto = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto');
