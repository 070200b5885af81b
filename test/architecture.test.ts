/**
 * Imports flow one way (STYLE.md): index.ts (the package entry) → cli → api → report | diff |
 * compare → rules → segment → ingest → model. A module may import its own layer or a
 * lower one, never a higher one. The CLI is a thin layer over the library (src/api).
 * src/model holds the types every stage shares; src/util the small helpers they share
 * (positions, terminal-safe text, the YAML/zod problem lines, the validation cache).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const RANK: Record<string, number> = { util: 0, model: 0, ingest: 1, segment: 2, rules: 3, report: 4, diff: 4, compare: 4, api: 5, cli: 6, 'index.ts': 7 };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0];

describe('architecture', () => {
  it('every source file belongs to a known layer', () => {
    for (const f of files(SRC)) expect(Object.keys(RANK)).toContain(layerOf(f));
  });

  it('no module imports a higher layer (type-only imports included)', () => {
    const wrong: string[] = [];
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
        const target = resolve(dirname(f), (m[1] ?? m[2]).replace(/\.js$/, '.ts'));
        const from = layerOf(f);
        const to = layerOf(target);
        if (RANK[to] > RANK[from]) wrong.push(`${relative(SRC, f)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('src/model holds types only: no function is defined there, and it imports nothing but itself', () => {
    for (const f of files(join(SRC, 'model'))) {
      const text = readFileSync(f, 'utf8');
      expect(text, relative(SRC, f)).not.toMatch(/^export (?:async )?function|^function /m);
      for (const m of text.matchAll(/from\s+'(\.[^']+)'/g)) expect(m[1], relative(SRC, f)).toMatch(/^\.\/[^/]+$/);
    }
  });

  it('the package entry exposes only the library: src/index.ts imports src/api, never the CLI', () => {
    const text = readFileSync(join(SRC, 'index.ts'), 'utf8');
    const targets = [...text.matchAll(/from\s+'(\.[^']+)'/g)].map((m) => m[1]);
    expect(targets).toEqual(['./api/index.js']);
  });

  it('the lint flow lives in the library: the lint command reads no file and runs no rule itself', () => {
    const text = readFileSync(join(SRC, 'cli', 'commands', 'lint.ts'), 'utf8');
    for (const lower of ['../../rules/', '../../segment/', '../../ingest/', '../read-batch.js', '../baseline.js']) expect(text).not.toContain(`'${lower}`);
  });
});
