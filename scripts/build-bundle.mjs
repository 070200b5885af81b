/**
 * The CLI as one ES module (dist/bundle/seloste.js) plus chunks for what only some commands
 * load (diff, compare, report formats, ingest of HTML …), made by esbuild from src/.
 * Start-up then reads one file, not ≈80 modules (commander and chalk alone were 35 ms).
 *
 * What stays outside the bundle, loaded from node_modules when first used: the heavy or
 * native dependencies (pdf-parse, mammoth, exceljs, koffi) and those the code already loads
 * lazily through createRequire (zod, yaml, snowball-stemmers) or import() (tinyglobby,
 * cli-progress).
 *
 * Code finds its data next to itself (`new URL('../../rules/', import.meta.url)`, the
 * worker thread's dist/api/worker.js, node_modules/.cache/seloste). In one bundle every
 * module would share the bundle's URL, so each source file's `import.meta.url` is replaced
 * by the URL its compiled module has in dist/: those paths resolve exactly as in the library.
 * The validation cache is keyed on a hash of the sources computed here, instead of the
 * modification times of the schema modules (scripts/build-bundle.mjs → src/util/file-cache.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

/** Loaded on first use from node_modules, never bundled. */
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

/** esbuild plugin: `import.meta.url` of src/x/y.ts becomes the URL of dist/x/y.js, seen from dist/bundle/. */
function distUrls(src) {
  return {
    name: 'dist-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const rel = relative(src, args.path).split('\\').join('/');
        let contents = readFileSync(args.path, 'utf8');
        if (!rel.startsWith('..') && contents.includes('import.meta.url')) {
          const url = `new URL(${JSON.stringify(`../${rel.replace(/\.ts$/, '.js')}`)}, import.meta.url).href`;
          contents = contents.replace(/\bimport\.meta\.url\b/g, url);
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

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
    b.onLoad({ filter: /.*/, namespace: 'seloste' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

export async function bundleCli(root) {
  const out = join(root, 'dist', 'bundle');
  rmSync(out, { recursive: true, force: true });
  const src = join(root, 'src');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { seloste: join(src, 'cli', 'main.ts') },
    outdir: out,
    // Flat: every chunk sits in dist/bundle/, so `../x/y.js` from any of them is dist/x/y.js.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // commander is CommonJS: its require() of Node's built-ins needs a real require in an ES module.
    banner: {
      js: "import { createRequire as __selosteCreateRequire } from 'node:module';\nconst require = __selosteCreateRequire(import.meta.url);",
    },
    define: { __SELOSTE_CODE_KEY__: JSON.stringify(codeKey(root)) },
    plugins: [distUrls(src), lazyChildProcess],
    // Less to parse at start-up; names are kept, so profiles and --debug stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  return result.metafile;
}
