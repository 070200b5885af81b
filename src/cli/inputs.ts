/**
 * Paths on the command line → the files to read. A folder means the notices in it
 * (recursively); a quoted glob is expanded here for shells that do not. A path
 * that does not exist is kept, so that it is reported as unreadable in its turn
 * and the rest of the batch still runs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';

const NOTICE_FILES = /\.(txt|md|markdown|html?|pdf|docx|doc|text)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export async function expandInputs(paths: string[], ignore: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (GLOB_CHARS.test(p) && !exists(p)) {
      const found = await glob(p, { cwd, ignore, onlyFiles: true, expandDirectories: false });
      out.push(...found.sort());
      continue;
    }
    if (isDir(p)) {
      const found = walk(p).filter((f) => NOTICE_FILES.test(f));
      const kept = ignore.length ? await filterIgnored(found, ignore, cwd) : found;
      out.push(...kept.sort());
      continue;
    }
    out.push(p);
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function filterIgnored(files: string[], ignore: string[], cwd: string): Promise<string[]> {
  const ignored = new Set((await glob(ignore, { cwd, onlyFiles: true })).map((f) => relative(cwd, join(cwd, f))));
  return files.filter((f) => !ignored.has(relative(cwd, join(cwd, f))));
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
