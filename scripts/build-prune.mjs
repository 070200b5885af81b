/**
 * tsc writes dist/ but never deletes from it: a module moved from src/model to src/util
 * leaves its old dist/model/*.js behind, importable and out of date. This removes every
 * compiled file (.js, .d.ts and their maps) whose src/*.ts is gone, and the folders left
 * empty. dist/bundle/ is the bundler's and is rebuilt whole (scripts/build-bundle.mjs).
 */
import { existsSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

const COMPILED = /\.(?:d\.ts\.map|d\.ts|js\.map|js)$/;

/** Removes the stale files of ROOT/dist; returns their paths relative to ROOT/dist. */
export function pruneDist(root) {
  const dist = join(root, 'dist');
  const src = join(root, 'src');
  const removed = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(dist, path);
      if (entry.isDirectory()) {
        if (rel === 'bundle') continue;
        walk(path);
        if (readdirSync(path).length === 0) rmdirSync(path);
        continue;
      }
      if (!COMPILED.test(entry.name)) continue;
      if (existsSync(join(src, rel.replace(COMPILED, '.ts')))) continue;
      unlinkSync(path);
      removed.push(rel.split('\\').join('/'));
    }
  };
  walk(dist);
  return removed.sort();
}
