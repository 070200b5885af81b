/**
 * Paths on the command line → the files to read. A folder means the notices in it
 * (recursively); a quoted glob is expanded here for shells that do not. A path
 * that does not exist is kept, so that it is reported as unreadable in its turn
 * and the rest of the batch still runs.
 *
 * Left out of folders and globs (never a file named on the command line): the
 * config's `ignore` and the patterns of a `.selosteignore` file in the working
 * directory (gitignore-like: one pattern a line, `#` comments, a leading `/`
 * anchors to that directory, a trailing `/` means a folder; `!` is not supported).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readRegularText } from './files.js';
import { inBoth } from '../report/messages/index.js';

const NOTICE_FILES = /\.(txt|md|markdown|html?|pdf|docx|doc|text)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export const IGNORE_FILE = '.selosteignore';

/** Said of a folder or glob that yields no notice (a mistyped path must not pass CI silently). */
export const UNMATCHED = inBoth((m) => m.io.unmatched);

/**
 * `unmatched` hears each folder or glob that yields no file (all of them ignored counts
 * too), as ESLint's "No files matching the pattern" does.
 */
export async function expandInputs(
  paths: string[],
  configIgnore: string[],
  cwd: string,
  unmatched?: (path: string) => void,
): Promise<string[]> {
  const ignore = [...configIgnore, ...readIgnoreFile(cwd)];
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (GLOB_CHARS.test(p) && !exists(abs)) {
      const { glob } = await import('tinyglobby'); // only when a glob is given: most runs name files
      const found = await glob(p, { cwd, ignore, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) unmatched?.(p);
      out.push(...found.sort());
      continue;
    }
    if (isDir(abs)) {
      const found = walk(p, abs).filter((f) => NOTICE_FILES.test(f));
      const kept = ignore.length ? await filterIgnored(found, ignore, cwd) : found;
      if (kept.length === 0) unmatched?.(p);
      out.push(...kept.sort());
      continue;
    }
    out.push(p);
  }
  return [...new Set(out)];
}

/** The patterns of `<cwd>/.selosteignore` as globs relative to cwd; none when there is no such file. */
export function readIgnoreFile(cwd: string): string[] {
  let text: string;
  try {
    text = readRegularText(join(cwd, IGNORE_FILE)); // a regular file only: a FIFO must not hang the run
  } catch {
    return [];
  }
  return text.split(/\r?\n/).flatMap(ignoreLineToGlobs);
}

/** One gitignore-like line → globs: `drafts/` → `**\/drafts/**`; `/old.pdf` → `old.pdf`; `*.doc` → `**\/*.doc`. */
export function ignoreLineToGlobs(line: string): string[] {
  let p = line.replace(/^\uFEFF/, '').trim();
  if (p === '' || p.startsWith('#') || p.startsWith('!')) return [];
  const dirOnly = p.endsWith('/');
  p = p.replace(/\/+$/, '');
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\/+/, '').replace(/^\.\//, '');
  if (p === '') return [];
  const base = anchored || p.startsWith('**/') ? p : `**/${p}`;
  // A name may be a file or a folder: the folder's contents go too.
  return dirOnly ? [`${base}/**`] : [base, `${base}/**`];
}

/** Files under a folder, named as the user named the folder (`shown`), read at `abs`. */
function walk(shown: string, abs: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(shown, entry.name);
    if (entry.isDirectory()) files.push(...walk(full, join(abs, entry.name)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function filterIgnored(files: string[], ignore: string[], cwd: string): Promise<string[]> {
  const ignored = new Set(
    (
      await (
        await import('tinyglobby')
      ).glob(ignore, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })
    ).map((f) => relative(cwd, resolve(cwd, f))),
  );
  return files.filter((f) => !ignored.has(relative(cwd, resolve(cwd, f))));
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
