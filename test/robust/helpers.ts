import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createDeflateRaw } from 'node:zlib';
// @ts-expect-error a plain .mjs helper shared with the fixture generator and the fuzzer
import { writeZip } from '../../scripts/lib/zip.mjs';

export const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Path → sha256 of every file in a folder (not recursive). */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, sha(`${dir}/${n}`)]),
  );
}

/** Deflates `mb` MB of zeros without holding them (≈1 KB of output per MB). */
async function deflatedZeros(mb: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 1 });
  const parts: Buffer[] = [];
  z.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise((r) => z.on('end', r));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!z.write(zeros)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(parts);
}

/**
 * A DOCX-shaped ZIP whose word/document.xml really inflates to `mb` MB while its
 * headers declare `declared` bytes: the sizes a zip bomb claims cannot be trusted.
 */
export async function lyingZipBomb(mb: number, declared = 1000): Promise<Buffer> {
  const entries: [string, Buffer, number, number][] = [
    ['[Content_Types].xml', Buffer.from('<Types/>'), 0, 8],
    ['word/document.xml', await deflatedZeros(mb), 8, declared],
  ];
  return writeZip(entries.map(([name, data, method, size]) => ({ name, data, method, size })));
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function randomBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

/** One line of ~`mb` MB of Finnish words, no line break. */
export function longLine(mb: number): string {
  const words = 'Rekisterinpitäjä käsittelee henkilötietoja asiakassuhteen hoitamiseksi ja laskutusta varten ';
  return words.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(words))).trimEnd();
}
