/**
 * The CLI as one CommonJS file (dist/bundle/seloste.cjs), made by esbuild from src/, that
 * bin/seloste.js runs with a V8 code cache (dist/bundle/seloste.cjs.cache): start-up reads
 * one file and skips compiling what the cache holds (commander and chalk alone were 35 ms as
 * modules; parsing the bundle was 15 ms more). CommonJS because Node 20 can cache the code
 * of a vm.Script but not of an ES module, and a CommonJS entry does not start the ES module
 * loader.
 *
 * What stays outside the bundle, loaded from node_modules when first used: the heavy or
 * native dependencies (pdf-parse, mammoth, exceljs, koffi) and those the code already loads
 * lazily through createRequire (zod, yaml, snowball-stemmers) or import() (tinyglobby,
 * cli-progress). A script compiled from a code cache cannot run import() on Node 20 ("A
 * dynamic import callback was not specified"), so those import() calls become require()
 * behind a promise (each has a CommonJS build); the build fails if any import() is left.
 *
 * Code finds its data next to itself (`new URL('../../rules/', import.meta.url)`, the
 * worker thread's dist/api/worker.js, node_modules/.cache/seloste). In one bundle every
 * module would share the bundle's URL, so each source file's `import.meta.url` is replaced
 * by the URL its compiled module has in dist/: those paths resolve exactly as in the library.
 * The validation cache is keyed on a hash of the sources computed here, instead of the
 * modification times of the schema modules (scripts/build-bundle.mjs → src/util/file-cache.ts).
 *
 * The bundle's first line names its build (a hash of the rest); the code cache is written
 * for that build only (bin/seloste.js), because V8 checks a cache against the length of
 * the source, not its content.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

/** Loaded on first use from node_modules, never bundled. */
/** `import('x')` of a dependency left outside (not `import('./local.js')`, which esbuild bundles). */
const DYNAMIC_EXTERNAL = /(?<!typeof\s+)\bimport\((['"])([a-z@][^'"./][^'"]*)\1\)(?!\s*\.)/g;

export const EXTERNAL = [
  'pdf-parse',
  'mammoth',
  'exceljs',
  'koffi',
  'zod',
  'yaml',
  'snowball-stemmers',
  'tinyglobby',
  'cli-progress',
];

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/** A hash of every source file: any change to the code makes a new key for the validation cache. */
export function codeKey(root) {
  const src = join(root, 'src');
  const h = createHash('sha256');
  for (const f of sources(src))
    h.update(`${relative(src, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * esbuild plugin, on each source file: `import.meta.url` of src/x/y.ts becomes the URL of
 * dist/x/y.js, seen from dist/bundle/ (`__selosteBase`, the bundle's own URL: see the
 * banner); `import('a-dependency')` becomes `__selosteImport('a-dependency')`.
 */
function distUrls(src) {
  return {
    name: 'dist-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const rel = relative(src, args.path).split('\\').join('/');
        let contents = readFileSync(args.path, 'utf8');
        if (!rel.startsWith('..') && contents.includes('import.meta.url')) {
          const url = `new URL(${JSON.stringify(`../${rel.replace(/\.ts$/, '.js')}`)}, __selosteBase).href`;
          contents = contents.replace(/\bimport\.meta\.url\b/g, url);
        }
        contents = contents.replace(DYNAMIC_EXTERNAL, (_, quote, id) => `__selosteImport(${quote}${id}${quote})`);
        return { contents: asciiOnly(contents, args.path), loader: 'ts' };
      });
    },
  };
}

/**
 * Source text with every non-ASCII character written as a `\uXXXX` escape. esbuild escapes
 * strings and templates itself (charset ascii) but leaves regular expression literals as
 * written (/[äöå]/, /[–—]/); one such character makes V8 hold the whole bundle as a two-byte
 * string, decoded from UTF-8 on every start (≈1–1.5 ms of reading 540 KB; an ASCII file is
 * read as Latin-1: bin/seloste.js). The escape means the same in a string, a template, a
 * regex (with or without the u flag: no code here reads a literal's `.source`), an identifier
 * and a comment; not after a backslash (`\ä` would become an escaped backslash), which stops
 * the build.
 */
function asciiOnly(text, file) {
  return text.replace(/[^\0-\x7f]/g, (ch, at) => {
    if (text[at - 1] === '\\') throw new Error(`build: ${file}: a backslash before a non-ASCII character`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * esbuild plugin: chalk works out at load which colours stdout and stderr take (its vendored
 * supports-color: node:tty, which loads node:net, and node:os; ≈1.5 ms of a one-notice run),
 * for its default instance. seloste decides colour itself (wantsColor in src/cli/context.ts)
 * and makes every Chalk with a level (test/cli/bundle.test.ts checks the sources), so the
 * default instance is never used: in the bundle chalk is told that no stream has colour.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer)
        ? { path: 'no-colour-detection', namespace: 'seloste' }
        : undefined,
    );
    b.onLoad({ filter: /^no-colour-detection$/, namespace: 'seloste' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/**
 * esbuild plugin: commander requires node:child_process at load (≈2–10 ms: it brings net and
 * dgram) for executable subcommands, which seloste has none of. Its require gets a stand-in
 * that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'lazy-child-process', namespace: 'seloste' }
        : undefined,
    );
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'seloste' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/** What runs before the bundle's modules: its build, its own URL, and import() for a cached script. */
const PLACEHOLDER = `/* seloste build ${'0'.repeat(32)} */`;
const BANNER = [
  PLACEHOLDER,
  // strict, as the ES modules it was made from (esbuild's own "use strict" comes after this banner)
  "'use strict';",
  "const __selosteBase = require('node:url').pathToFileURL(__filename).href;",
  // import() of a dependency as require() behind a promise, shaped like an ES module namespace
  'const __selosteImport = (id) => Promise.resolve().then(() => { const m = require(id); return m && m.__esModule ? m : { ...m, default: m }; });',
].join('\n');

export async function bundleCli(root) {
  const out = join(root, 'dist', 'bundle');
  rmSync(out, { recursive: true, force: true });
  const src = join(root, 'src');
  const file = join(out, 'seloste.cjs');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(src, 'cli', 'main.ts')],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild's table has Node 20 without Unicode property escapes (\p{L}) in regex literals (its
    // Unicode version is older) and rewrites each such literal as `new RegExp(...)` where it
    // stands, so a function made a new expression on every call; Node 20 runs them as written.
    supported: { 'regexp-unicode-property-escapes': true },
    external: EXTERNAL,
    banner: { js: BANNER },
    define: { __SELOSTE_CODE_KEY__: JSON.stringify(codeKey(root)) },
    plugins: [distUrls(src), lazyChildProcess, chalkWithoutDetection],
    // Less to read and parse at start-up; names are kept, so profiles and --debug stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  const code = readFileSync(file, 'utf8');
  const left = code.match(/\bimport\(\s*["'`][^"'`]*["'`]\s*\)/);
  if (left)
    throw new Error(
      `build: ${left[0]} is left in the bundle: a code-cached script cannot run import() (scripts/build-bundle.mjs)`,
    );
  // The first line names the build (a hash of the whole, made with the placeholder in it; the
  // same length, so the source map still fits): bin/seloste.js keys its code cache on it.
  if (!code.startsWith(PLACEHOLDER)) throw new Error('build: the bundle does not start with its banner');
  const id = createHash('sha256').update(code).digest('hex').slice(0, 32);
  writeFileSync(file, code.replace(PLACEHOLDER, `/* seloste build ${id} */`));
  trainCodeCache(root);
  return result.metafile;
}

/**
 * The code cache, from lint runs on two seed notices (scripts/train-code-cache.cjs). Without
 * the fixtures (a tarball's build) the first run of the CLI writes it instead.
 */
function trainCodeCache(root) {
  const notices = ['fixtures/000_a454ac08de0ff13f.txt', 'fixtures/clean/puhdas_tietosuojaseloste.txt']
    .map((f) => join(root, f))
    .filter((f) => existsSync(f));
  if (notices.length === 0) return;
  const run = spawnSync(process.execPath, [join(root, 'scripts/train-code-cache.cjs'), ...notices], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0 || !existsSync(join(root, 'dist/bundle/seloste.cjs.cache')))
    console.log('build: no code cache was written; the first run of the CLI writes it');
}
