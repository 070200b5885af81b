/**
 * Just enough of the ZIP central directory to sniff a DOCX and to refuse a zip bomb
 * before mammoth/JSZip inflates anything. Read by hand (a few lines) rather than via
 * JSZip: JSZip trusts the sizes it is given and would load the whole archive first.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else JSZip cannot read either. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export interface ZipDirectory {
  /** Entry count as the end record states it (0xFFFF means ZIP64: treated as huge). */
  declaredEntries: number;
  entries: ZipEntry[];
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The central directory, or null when the archive is truncated or corrupt. */
export function readCentralDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 64 KB.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const declaredEntries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > eocd) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  while (p + 46 <= cdOffset + cdSize) {
    if (view.getUint32(p, true) !== CDH_SIG) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return null;
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { declaredEntries, entries };
}

/** For a truncated archive: the local headers near the start still name the entries. */
export function mentionsEntry(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

/** The compressed bytes of one entry, or null when its local header is out of place. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const p = entry.localOffset;
  if (p + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(p, true) !== LFH_SIG) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}

export class InflateLimitError extends Error {}

/**
 * How many bytes the entries really unpack to, counted while streaming (memory stays
 * at zlib's chunk size), stopping as soon as the total passes `limit`: the declared
 * sizes of a hostile archive may lie, and JSZip would inflate whatever is there.
 * Throws InflateLimitError past the limit. An entry that cannot be located or inflated
 * counts what it gave: whether the document needs it is for mammoth to find out.
 */
export async function inflatedTotal(bytes: Uint8Array, entries: ZipEntry[], limit: number): Promise<number> {
  const { createInflateRaw } = await import('node:zlib');
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    if (entry.method !== 8) {
      total += data.length;
      if (total > limit) throw new InflateLimitError();
      continue;
    }
    await new Promise<void>((resolve, reject) => {
      const z = createInflateRaw();
      z.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          z.destroy();
          reject(new InflateLimitError());
        }
      });
      z.on('end', resolve);
      z.on('error', () => resolve());
      z.end(data);
    });
  }
  return total;
}
