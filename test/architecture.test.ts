/**
 * Imports flow one way (STYLE.md): cli → report | diff | compare → rules → segment →
 * ingest → model. A module may import its own layer or a lower one, never a higher one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const RANK: Record<string, number> = { model: 0, ingest: 1, segment: 2, rules: 3, report: 4, diff: 4, compare: 4, cli: 5 };

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
});
