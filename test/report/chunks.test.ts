/**
 * The helpers every streamed renderer builds on (src/util/chunks.ts): JSON as chunks is
 * JSON.stringify's text byte for byte, slices and batches join back to the text and
 * never cut a surrogate pair or grow past their size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched, joinChunks, sliced, stringifyChunks } from '../../src/util/chunks.js';

describe('stringifyChunks', () => {
  it('is JSON.stringify(value, null, 2) at every depth, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect(joinChunks(stringifyChunks(value, depth))).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('leaves out what JSON leaves out, writes null where JSON does, and follows toJSON', () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, Symbol('s')],
      c: new Date(0),
      d: { e: {}, f: [] },
      g: () => 2,
    };
    expect(joinChunks(stringifyChunks(value, 5))).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a long array item by item, and an array of plain values whole', () => {
    const rows = Array.from({ length: 1000 }, (_, k) => ({ k, name: `rivi ${k}` }));
    expect([...stringifyChunks({ rows }, 3)].length).toBeGreaterThan(1000);
    expect([...stringifyChunks({ row: rows.map((r) => r.k) }, 3)].length).toBeLessThan(10);
  });
});

describe('sliced and batched', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'ä', '😀', '\n', '<', '𝔘'), maxLength: 400 });

  it('slices join back to the text, each at most one code point over the size, none ending in half a pair', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (s, size) => {
        const parts = [...sliced(s, size)];
        expect(parts.join('')).toBe(s);
        for (const p of parts) {
          expect(p.length).toBeLessThanOrEqual(size + 1);
          expect(p.length).toBeGreaterThan(0);
          const last = p.charCodeAt(p.length - 1);
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
      }),
    );
  });

  it('batches join back to the chunks, each no longer than the size or the one chunk in it', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 })), fc.integer({ min: 1, max: 60 }), (chunks, size) => {
        const out = [...batched(chunks, size)];
        expect(out.join('')).toBe(chunks.join(''));
        const longest = Math.max(0, ...chunks.map((c) => c.length));
        for (const b of out) expect(b.length).toBeLessThanOrEqual(Math.max(size, longest));
      }),
    );
  });
});
