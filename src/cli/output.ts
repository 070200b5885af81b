/**
 * Where the CLI writes: stdout for results, stderr for the one-line problems, and
 * `--output <file>`.
 *
 * A regular file (or a new one) is written atomically (temp file in the same folder +
 * rename) so a reader never sees half a report; missing parent folders are made; a
 * symbolic link is followed and its target replaced, not the link. Anything else — a
 * device such as /dev/null, a pipe, /dev/stdout — is written directly: a rename would
 * replace the device node itself (as root) or fail on a folder the user cannot write.
 * What goes wrong is one line naming the path the user gave, never a temp file.
 * An output that is also an input is refused before anything is read (`refuseInputAsOutput`).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ownOutput } from '../ingest/sniff.js';
import { CliError, type Lang } from '../model/errors.js';
import { oneLine, safeText, terminalGuard } from '../util/terminal.js';

const GENERATOR = '<meta name="generator" content="seloste">';

/** An HTML report carries a generator tag, so that seloste knows its own output when it meets it again. */
export function markOwnOutput(text: string): string {
  if (!/^<!DOCTYPE html>\s*<html/i.test(text) || text.includes(GENERATOR)) return text;
  return text.replace(/<head>\n?/i, (head) => `${head}${head.endsWith('\n') ? '' : '\n'}${GENERATOR}\n`);
}

/**
 * `color`: the text carries seloste's own colour codes (they stay on a terminal; without
 * colour every escape sequence is shown escaped). To a terminal, control characters
 * never go raw; to a pipe or a file the text is written as made.
 */
export function writeResult(result: string | Uint8Array, outputFile?: string, lang: Lang = 'fi', color = false): void {
  // bytes (a workbook) are written as they are; text is marked and guarded
  const text = typeof result === 'string' ? markOwnOutput(result) : result;
  if (outputFile === undefined) {
    if (typeof text !== 'string') {
      process.stdout.write(text);
      return;
    }
    const out = text.endsWith('\n') || text === '' ? text : `${text}\n`;
    process.stdout.write(process.stdout.isTTY ? (color ? terminalGuard(out) : safeText(out)) : out);
    return;
  }
  if (outputFile === '') throw new CliError(EMPTY_OUTPUT);
  const fail = (err: unknown): never => {
    throw new CliError(cannotWrite(outputFile, err), { cause: err });
  };
  // The path as it will be written: `x/../r.json` is r.json even when x does not exist.
  const path = resolve(outputFile);
  let st: Stats | null = null;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') fail(err);
  }
  if (st?.isDirectory()) fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const fd = standardStream(path);
  if (fd !== null) {
    // /dev/stdout may be a socket (a parent's pipe), which cannot be opened again: our own stream writes it
    (fd === 1 ? process.stdout : process.stderr).write(text);
    return;
  }
  if ((st && !st.isFile()) || /^\/(dev|proc)\//.test(path)) {
    try {
      writeFileSync(path, text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') return; // the reader is gone: nothing to say
      fail(err);
    }
    return;
  }
  // Through a symbolic link to its target; a new file in its folder, made if missing.
  let target: string;
  try {
    target = st ? realpathSync(path) : join(realDir(dirname(path)), basename(path));
  } catch (err) {
    return fail(err);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file was never made */
    }
    fail(err);
  }
}

/** 1 for /dev/stdout (and /dev/fd/1, /proc/self/fd/1), 2 for /dev/stderr; else null. */
function standardStream(path: string): 1 | 2 | null {
  const m = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/([12])|proc\/self\/fd\/([12]))$/.exec(path);
  if (!m) return null;
  return m[1] === 'stdout' || m[2] === '1' || m[3] === '1' ? 1 : 2;
}

/** The real path of a folder, made (with its parents) when missing. */
function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dir, { recursive: true });
  return realpathSync(dir);
}

const EMPTY_OUTPUT = {
  fi: '-o/--output: tyhjä polku (""): onko komentotulkin muuttuja asettamatta?',
  en: '-o/--output: an empty path (""): is a shell variable unset?',
};

const WRITE_REASONS: Record<string, Record<Lang, string>> = {
  EACCES: { fi: 'ei kirjoitusoikeutta', en: 'permission denied' },
  EPERM: { fi: 'ei kirjoitusoikeutta', en: 'permission denied' },
  EROFS: { fi: 'tiedostojärjestelmä on vain luku -tilassa', en: 'the file system is read-only' },
  ENOSPC: { fi: 'levy on täynnä', en: 'no space left on the device' },
  EDQUOT: { fi: 'levykiintiö on täynnä', en: 'the disk quota is exceeded' },
  EISDIR: { fi: 'polku on kansio, ei tiedosto', en: 'the path is a folder, not a file' },
  ENOTDIR: { fi: 'osa polusta on tiedosto eikä kansio', en: 'a part of the path is a file, not a folder' },
  ELOOP: { fi: 'polku on symbolisten linkkien kehä', en: 'the path is a loop of symbolic links' },
  ENAMETOOLONG: { fi: 'polku on liian pitkä', en: 'the path is too long' },
  ENXIO: { fi: 'putkella ei ole lukijaa', en: 'the pipe has no reader' },
};

/** "cannot write <path>: <reason>" in both languages. */
export function cannotWrite(path: string, err: unknown): Record<Lang, string> {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why = WRITE_REASONS[code] ?? { fi: `kirjoitus epäonnistui (${code || (err as Error).message})`, en: `the write failed (${code || (err as Error).message})` };
  return { fi: `tiedostoon ${oneLine(path)} ei voi kirjoittaa: ${why.fi}`, en: `cannot write ${oneLine(path)}: ${why.en}` };
}

/**
 * Refuses (exit 2) an output file that is one of the inputs — the same file through
 * any path, hard link or symbolic link — so that a result never overwrites a notice.
 * `ownOutputsAllowed`: lint and compare skip a report seloste wrote, so writing over
 * such an input is fine (`lint -o notices/report.html notices`, run twice).
 */
export function refuseInputAsOutput(outputFile: string | undefined, inputs: readonly string[], lang: Lang, ownOutputsAllowed = false): void {
  if (outputFile === undefined) return;
  if (outputFile === '') throw new CliError(EMPTY_OUTPUT);
  let out: Stats;
  try {
    out = statSync(resolve(outputFile));
  } catch {
    return; // a new file is no input
  }
  if (!out.isFile()) return;
  for (const input of inputs) {
    let st: Stats;
    try {
      st = statSync(resolve(input));
    } catch {
      continue;
    }
    if (st.dev !== out.dev || st.ino !== out.ino) continue;
    if (ownOutputsAllowed && isOwnOutput(resolve(outputFile))) continue;
    const same = resolve(input) === resolve(outputFile) ? '' : ` (${oneLine(input)})`;
    throw new CliError({
      fi: `tiedostoon ${oneLine(outputFile)} ei kirjoiteta: se on myös luettava syöte${same}; valitse tulosteelle (-o) toinen tiedosto`,
      en: `cannot write ${oneLine(outputFile)}: it is also an input${same}; choose another file for -o`,
    });
  }
}

function isOwnOutput(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(4096);
      return ownOutput(head.subarray(0, readSync(fd, head, 0, head.length, 0))) !== null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** One line on stderr, `seloste: <line>`, with control characters escaped (one problem is one line). */
export function problem(line: string): void {
  process.stderr.write(`seloste: ${oneLine(line)}\n`);
}
