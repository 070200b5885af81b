/**
 * Where the CLI writes: stdout for results, stderr for the one-line problems, and
 * `--output <file>` written atomically (temp file + rename) so a reader never sees
 * half a report.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeResult(text: string, outputFile?: string): void {
  if (!outputFile) {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  const tmp = join(dirname(outputFile), `.${basename(outputFile)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, outputFile);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file was never made */
    }
    throw err;
  }
}

export function problem(line: string): void {
  process.stderr.write(`seloste: ${line}\n`);
}
