// The fuzz corpus and the mutations. Case i of a run is a pure function of (seed, i),
// so the parent and the worker processes build the same bytes from the index alone.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { writeZip } from '../lib/zip.mjs';

export const REPO = new URL('../../', import.meta.url).pathname;

const CORPUS_DIRS = ['fixtures', 'fixtures/docs', 'fixtures/ingest', 'fixtures/clean', 'fixtures/robust'];
const KEEP = /\.(pdf|docx|txt|md|html|zip|doc|bin)$/i;

/** Every fixture small enough to mutate quickly, in a stable order. */
export function loadCorpus() {
  const out = [];
  for (const dir of CORPUS_DIRS) {
    let names;
    try {
      names = readdirSync(join(REPO, dir));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!KEEP.test(name)) continue;
      const bytes = readFileSync(join(REPO, dir, name));
      if (bytes.length > 0 && bytes.length < 2_000_000)
        out.push({ name: `${dir}/${name}`, ext: extname(name).toLowerCase(), bytes });
    }
  }
  return out;
}

/** mulberry32 on a 32-bit hash of (seed, i). */
export function rng(seed, i) {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const INTERESTING = [
  0x00, 0xff, 0x7f, 0x80, 0x20, 0x0a, 0x0d, 0x3c, 0x3e, 0x25, 0x28, 0x29, 0x2f, 0x5b, 0x5d, 0xc3, 0xa4,
];
const TOKENS = [
  'obj',
  'endobj',
  'stream',
  'endstream',
  '/Length 999999999',
  '/Pages',
  '/Count 100000',
  'xref',
  'trailer',
  '%%EOF',
  '<<',
  '>>',
  '<w:p>',
  '</w:p>',
  '<w:t>',
  '<w:pStyle w:val="Heading1"/>',
  '<w:tbl>',
  '<p>',
  '</td>',
  '<h1>',
  '&#0;',
  '&amp;',
  '# ',
  '**',
  '\t',
  '\u00ad',
  '\ufeff',
  '\r',
];

const MUTATORS = {
  bitflip(b, r) {
    const n = 1 + r.int(16);
    for (let k = 0; k < n; k++) b[r.int(b.length)] ^= 1 << r.int(8);
    return b;
  },
  interesting(b, r) {
    const n = 1 + r.int(8);
    for (let k = 0; k < n; k++) b[r.int(b.length)] = r.pick(INTERESTING);
    return b;
  },
  truncate(b, r) {
    return b.subarray(0, r.int(b.length));
  },
  deleteChunk(b, r) {
    const at = r.int(b.length);
    const len = 1 + r.int(Math.min(4096, b.length - at));
    return Buffer.concat([b.subarray(0, at), b.subarray(at + len)]);
  },
  duplicateChunk(b, r) {
    const at = r.int(b.length);
    const len = 1 + r.int(Math.min(4096, b.length - at));
    const times = 1 + r.int(r.next() < 0.1 ? 200 : 3);
    const chunk = b.subarray(at, at + len);
    return Buffer.concat([b.subarray(0, at + len), ...Array(times).fill(chunk), b.subarray(at + len)]);
  },
  insertRandom(b, r) {
    const at = r.int(b.length + 1);
    const junk = Buffer.alloc(1 + r.int(64));
    for (let k = 0; k < junk.length; k++) junk[k] = r.int(256);
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  insertToken(b, r) {
    const at = r.int(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from(r.pick(TOKENS), 'latin1'), b.subarray(at)]);
  },
  splice(b, r, corpus) {
    const other = r.pick(corpus).bytes;
    return Buffer.concat([b.subarray(0, r.int(b.length + 1)), other.subarray(r.int(other.length))]);
  },
  /** DOCX: mutate the XML inside and zip it again, so mammoth's parser is reached. */
  docxXml(b, r, corpus) {
    const entries = unzip(b);
    if (!entries) return MUTATORS.bitflip(b, r);
    const xmls = entries.filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'));
    if (xmls.length === 0) return b;
    const e = r.pick(xmls);
    let data = Buffer.from(e.data);
    const ops = 1 + r.int(3);
    for (let k = 0; k < ops; k++) {
      const op = r.pick(['bitflip', 'interesting', 'truncate', 'deleteChunk', 'duplicateChunk', 'insertToken']);
      if (data.length === 0) break;
      data = Buffer.from(MUTATORS[op](data, r, corpus));
    }
    e.data = data;
    return zip(entries);
  },
};

/** Case i: a corpus file, one to four mutations. `{ name, ext, bytes, ops }`. */
export function makeCase(corpus, seed, i) {
  const r = rng(seed, i);
  const base = corpus[i % corpus.length];
  let b = Buffer.from(base.bytes);
  const names = Object.keys(MUTATORS).filter((m) => m !== 'docxXml' || base.ext === '.docx');
  const ops = [];
  const n = 1 + r.int(4);
  for (let k = 0; k < n && b.length > 0; k++) {
    const op = base.ext === '.docx' && r.next() < 0.5 ? 'docxXml' : r.pick(names);
    ops.push(op);
    b = Buffer.from(MUTATORS[op](b, r, corpus));
  }
  // Sometimes the wrong name: the format is sniffed from the bytes, never from the extension.
  const ext = r.next() < 0.1 ? r.pick(['.pdf', '.docx', '.txt', '.md', '.html', '']) : base.ext;
  return { name: base.name, ext, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength), ops };
}

// A small ZIP reader/writer (deflate only), enough to rebuild a mutated DOCX.
function unzip(b) {
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > b.length) return null;
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = [];
  try {
    for (let k = 0; k < count; k++) {
      if (b.readUInt32LE(p) !== 0x02014b50) return null;
      const method = b.readUInt16LE(p + 10);
      const csize = b.readUInt32LE(p + 20);
      const nlen = b.readUInt16LE(p + 28);
      const elen = b.readUInt16LE(p + 30);
      const clen = b.readUInt16LE(p + 32);
      const local = b.readUInt32LE(p + 42);
      const name = b.subarray(p + 46, p + 46 + nlen).toString('utf8');
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const raw = b.subarray(start, start + csize);
      out.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
      p += 46 + nlen + elen + clen;
    }
  } catch {
    return null;
  }
  return out;
}

function zip(entries) {
  return writeZip(
    entries.map(({ name, data }) => ({ name, data: deflateRawSync(data), method: 8, size: data.length })),
  );
}
