/**
 * Reading the small files the CLI itself needs (config, baseline, .selosteignore, a
 * pack's rule files): each is checked to be a regular file under a size limit before
 * it is read (src/ingest/index.ts `readRegularFile`), so a FIFO never hangs the run and
 * /dev/zero never grows memory. A problem is an UnreadableInputError with the reason
 * in both languages; the caller names the file and what it was for.
 */
import { readRegularFile as readChecked } from '../ingest/index.js';
import { unreadable, withLimits } from '../ingest/reasons.js';
import { UnreadableInputError } from '../model/errors.js';
import { inBoth } from '../report/messages/index.js';

/** What a config, ignore or rule file may weigh: far more than any real one. */
export const SMALL_FILE_BYTES = 10 * 1024 * 1024;

/**
 * `raisable`: the limit is the input limit (--max-file-size raises it); otherwise it is
 * the fixed limit of a config or rule file and the reason says so.
 */
export function readRegularFile(path: string, maxBytes = SMALL_FILE_BYTES, raisable = false): Buffer {
  return readChecked(path, maxBytes, (size) => {
    if (raisable) return withLimits(unreadable('too-large'), { maxBytes }, size);
    const mb = Math.round(maxBytes / 1024 / 1024);
    return new UnreadableInputError(
      'too-large',
      inBoth((m) => m.io.tooLargeForConfig(mb)),
    );
  });
}

/** `readRegularFile` as UTF-8 text (a BOM dropped). */
export function readRegularText(path: string, maxBytes = SMALL_FILE_BYTES): string {
  return readRegularFile(path, maxBytes, false)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
