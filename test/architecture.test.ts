/**
 * Imports flow one way: index.ts (the package entry) → cli → api → report | diff | compare → rules → segment →
 * ingest → model, with src/util (shared helpers) and src/model (the shared types) at the bottom. The CLI is a thin
 * layer over the library (src/api).
 *
 * ESLint enforces the imports themselves (the layer blocks of eslint.config.js, run by `npm run lint`;
 * test/lint-boundaries.test.ts proves they fire). This file keeps what an import rule cannot say: every source
 * file sits in a known layer where that rule reaches it, src/model defines no function, and the lint command
 * leaves reading files and running rules to the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src');
// eslint.config.js is plain JavaScript (no types to import statically); its LAYERS are the one list of layers.
const { LAYERS } = (await import(new URL('../eslint.config.js', import.meta.url).href)) as {
  LAYERS: Record<string, { may: string[] }>;
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0];

describe('architecture', () => {
  it('every source file belongs to a known layer, and the import-boundary rule covers it', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const uncovered: string[] = [];
    for (const f of files(SRC)) {
      expect([...Object.keys(LAYERS), 'index.ts']).toContain(layerOf(f));
      // a file deeper than the config's globs reach, or a new top-level folder, would escape the rule unseen
      const config = (await eslint.calculateConfigForFile(f)) as { rules?: Record<string, unknown> };
      if (!config.rules?.['no-restricted-imports'] || !config.rules['no-restricted-syntax'])
        uncovered.push(relative(SRC, f));
    }
    expect(uncovered).toEqual([]);
  });

  it('src/model holds types only: no function is defined there', () => {
    for (const f of files(join(SRC, 'model'))) {
      const text = readFileSync(f, 'utf8');
      expect(text, relative(SRC, f)).not.toMatch(/^export (?:async )?function|^function /m);
    }
  });

  it('the lint flow lives in the library: the lint command reads no file and runs no rule itself', () => {
    const text = readFileSync(join(SRC, 'cli', 'commands', 'lint.ts'), 'utf8');
    for (const lower of ['../../rules/', '../../segment/', '../../ingest/', '../read-batch.js', '../baseline.js'])
      expect(text).not.toContain(`'${lower}`);
  });
});
