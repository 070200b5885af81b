// ESLint flat config (npm run lint). See CONTRIBUTING.md.
//
// - @eslint/js recommended + typescript-eslint recommended everywhere we write code: src/, test/, scripts/, bin/.
// - Type-aware rules only for src/ (the shipped code), and only the few that catch real bugs here (promises
//   left floating or passed where a callback's result is ignored). They need the TypeScript program,
//   so they stay off for test/ and scripts/ to keep the lint fast.
// - Import boundaries (the "layers" blocks below): imports flow one way,
//     index.ts → cli → api → report | diff | compare → rules → segment → ingest → model,
//   with src/util (shared helpers) and src/model (types only) at the bottom, importable by all.
//   test/architecture.test.ts keeps what ESLint cannot say (every file belongs to a layer, model defines no
//   function, …) and test/lint-boundaries.test.ts proves the rule fires.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, bottom first. A module may import its own layer and the layers listed in `may`,
 * nothing else. report, diff and compare are siblings: none of them imports another.
 */
export const LAYERS = {
  model: { may: [] },
  util: { may: ['model'] },
  ingest: { may: ['util', 'model'] },
  segment: { may: ['ingest', 'util', 'model'] },
  rules: { may: ['segment', 'ingest', 'util', 'model'] },
  report: { may: ['rules', 'segment', 'ingest', 'util', 'model'] },
  diff: { may: ['rules', 'segment', 'ingest', 'util', 'model'] },
  compare: { may: ['rules', 'segment', 'ingest', 'util', 'model'] },
  api: { may: ['report', 'diff', 'compare', 'rules', 'segment', 'ingest', 'util', 'model'] },
  cli: { may: ['api', 'report', 'diff', 'compare', 'rules', 'segment', 'ingest', 'util', 'model'] },
};

/** The name of the block of type-aware rules (test/lint-boundaries.test.ts leaves it out: it needs the whole program). */
export const TYPE_AWARE = 'type-aware (src only)';

/** How deep below src/<layer>/ a source file may sit (src/rules/checks/x.ts is depth 2). */
const MAX_DEPTH = 4;

const reEscape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The config blocks that keep each layer's imports in bounds. An import is written relative to its file, so a
 * file `depth` folders below src/ leaves its layer with exactly `depth` "../" followed by a layer's name; that is
 * what the patterns match (exact, whatever a sub-folder is called). no-restricted-imports covers
 * `import`, `import type` and `export … from`; no-restricted-syntax adds `import('…')` and `typeof import('…')`,
 * which no-restricted-imports does not see.
 */
function layerBlocks() {
  const blocks = [];
  const names = Object.keys(LAYERS);
  for (const [layer, { may }] of Object.entries(LAYERS)) {
    const forbidden = names.filter((n) => n !== layer && !may.includes(n));
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const up = `^(?:\\.\\./){${depth}}`;
      // model imports nothing outside itself: no path that leaves src/model, no package.
      // The others: no forbidden layer, and nothing above src/.
      const regex =
        layer === 'model'
          ? `${up}|^[^.]`
          : `${up}(?:${forbidden.map(reEscape).join('|')})(?:/|\\.js$|$)|^(?:\\.\\./){${depth + 1}}`;
      const message =
        layer === 'model'
          ? 'src/model holds the shared types and imports nothing outside itself.'
          : `src/${layer} may import only ${[layer, ...may].join(', ')} (imports flow one way: see eslint.config.js).`;
      blocks.push(restrict(`layers/${layer}/${depth}`, [`src/${layer}/${'*/'.repeat(depth - 1)}*.ts`], regex, message));
    }
  }
  // The package entry exposes only the library, never the CLI.
  blocks.push(
    restrict(
      'layers/index.ts',
      ['src/index.ts'],
      '^(?!\\./api/index\\.js$)',
      'src/index.ts re-exports ./api/index.js and nothing else.',
    ),
  );
  return blocks;
}

function restrict(name, files, regex, message) {
  const selector = (node, prop) => `${node}[${prop}.value=/${regex.replace(/\//g, '\\/')}/]`;
  return {
    name,
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
      'no-restricted-syntax': [
        'error',
        { selector: selector('ImportExpression', 'source'), message },
        { selector: selector('TSImportType', 'source'), message },
      ],
    },
  };
}

export default defineConfig(
  {
    name: 'ignores',
    ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', 'fixtures/', '.tmp/', '.fuzz/'],
  },
  {
    name: 'base',
    files: ['**/*.{js,mjs,cjs,ts,mts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // seloste makes untrusted text safe for terminals and HTML, so it matches control characters (NUL, ESC, C0)
      // on purpose: src/util/terminal.ts, src/util/html.ts, the ANSI checks in the tests. Every hit is deliberate.
      'no-control-regex': 'off',
      // `_`-prefixed names are deliberately unused (a callback's place-holder parameter, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The launcher (CommonJS by bin/package.json) and the code-cache trainer are CommonJS on
    // purpose: bin/seloste.js says why.
    name: 'commonjs',
    files: ['**/*.cjs', 'bin/seloste.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: TYPE_AWARE,
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  ...layerBlocks(),
);
