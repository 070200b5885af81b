/**
 * The import boundaries of eslint.config.js fire: code written into a layer's folder that imports a higher or a
 * sibling layer is reported, in each form an import can take, and legal imports are not. `npm run lint` applies
 * the rule to the real tree; this test proves the rule is not a no-op.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// eslint.config.js is plain JavaScript (no types to import statically)
const { default: config, TYPE_AWARE } = (await import(new URL('../eslint.config.js', import.meta.url).href)) as {
  default: Linter.Config[];
  TYPE_AWARE: string;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(() => {
  // The repository's config without its type-aware block: that block needs the TypeScript program (seconds) and
  // a file that exists on disk, and has nothing to do with imports.
  const baseConfig = config.filter((block) => block.name !== TYPE_AWARE);
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, baseConfig });
});

/** The boundary violations ESLint reports for `code` written to `filePath` (relative to the repository). */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the probe must parse').toEqual([]);
  return result.messages
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))
    .map((m) => `${m.line}: ${m.message}`);
}

describe('import boundaries (eslint.config.js)', () => {
  it('src/segment may not import the CLI', async () => {
    const found = await violations(
      'src/segment/probe.ts',
      "import { main } from '../cli/main.js';\nexport const run = main;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^1: .*src\/segment may import only segment, ingest, util, model/);
  });

  it('every form of import is seen: type-only, re-export, dynamic import() and typeof import()', async () => {
    const code = [
      "import type { LintOptions } from '../../api/index.js';",
      "export * from '../../report/index.js';",
      "export const later = () => import('../../cli/main.js');",
      "export type Main = typeof import('../../cli/main.js');",
      'export type O = LintOptions;',
      '',
    ].join('\n');
    const found = await violations('src/rules/checks/probe.ts', code);
    expect(found.map((f) => f.split(':')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('report, diff and compare are siblings: none imports another', async () => {
    expect(
      await violations(
        'src/compare/probe.ts',
        "import type { DiffResult } from '../diff/types.js';\nexport type D = DiffResult;\n",
      ),
    ).toHaveLength(1);
    expect(
      await violations(
        'src/compare/render/probe.ts',
        "import { esc } from '../../diff/render/html.js';\nexport const e = esc;\n",
      ),
    ).toHaveLength(1);
    expect(await violations('src/diff/probe.ts', "export * from '../report/index.js';\n")).toHaveLength(1);
  });

  it('src/model imports nothing outside itself, not even a package', async () => {
    expect(
      await violations('src/model/probe.ts', "import type { Pos } from '../util/position.js';\nexport type P = Pos;\n"),
    ).toHaveLength(1);
    expect(
      await violations('src/model/probe.ts', "import type { z } from 'zod';\nexport type Z = z.ZodType;\n"),
    ).toHaveLength(1);
    expect(
      await violations(
        'src/model/probe.ts',
        "import type { Finding } from './finding.js';\nexport type F = Finding;\n",
      ),
    ).toEqual([]);
  });

  it('src/index.ts re-exports ./api/index.js and nothing else', async () => {
    expect(await violations('src/index.ts', "export * from './api/index.js';\n")).toEqual([]);
    expect(
      await violations('src/index.ts', "export * from './api/index.js';\nexport { main } from './cli/main.js';\n"),
    ).toHaveLength(1);
  });

  it('imports down the layers, inside a layer, and of packages are allowed', async () => {
    const cases: [string, string][] = [
      [
        'src/cli/commands/probe.ts',
        "import { lint } from '../../api/index.js';\nimport { x } from '../output.js';\nexport const y = [lint, x];\n",
      ],
      [
        'src/api/probe.ts',
        "import { a } from '../report/index.js';\nimport { b } from '../diff/index.js';\nimport { c } from '../compare/index.js';\nexport const y = [a, b, c];\n",
      ],
      [
        'src/compare/render/probe.ts',
        "import { a } from '../index.js';\nimport { b } from '../../rules/engine.js';\nexport const y = [a, b];\n",
      ],
      [
        'src/rules/probe.ts',
        "import { a } from '../segment/index.js';\nimport { b } from '../util/terminal.js';\nimport { readFileSync } from 'node:fs';\nexport const y = [a, b, readFileSync];\n",
      ],
      [
        'src/ingest/probe.ts',
        "import type { Notice } from '../model/notice.js';\nexport const y = (): Promise<unknown> => import('./html.js');\nexport type N = Notice;\n",
      ],
      ['src/util/probe.ts', "import type { Finding } from '../model/finding.js';\nexport type F = Finding;\n"],
    ];
    for (const [file, code] of cases) expect(await violations(file, code), file).toEqual([]);
  });
});
