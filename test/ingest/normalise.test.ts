import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/ingest/normalise.js';

describe('normalise', () => {
  it('NFC, NBSP, invisible characters, private-use bullets, trailing whitespace', () => {
    expect(normalise('ka\u0308sittely\u00a0ja\u00adkin\u200b \t\n\uF0B7 kohta\n  \uF0A7 alakohta')).toBe(
      'käsittely jakin\n• kohta\n  • alakohta',
    );
  });

  it('tab-spaced text: lone TABs are spaces, TAB + spaces is a cell boundary', () => {
    const words = Array.from({ length: 12 }, (_, i) => `sana${i}`).join('\t');
    const text = `${words}\t\nOikeutetun\tedun\tperuste\t Käsittelyn\toikeusperusteena\ton\tsopimus\t \n  -\tTiedot\t`;
    expect(normalise(text).split('\n')).toEqual([
      words.replace(/\t/g, ' '),
      'Oikeutetun edun peruste\tKäsittelyn oikeusperusteena on sopimus',
      '  - Tiedot',
    ]);
  });

  it('tabs in ordinary text are left alone', () => {
    const text = 'Laatimispäivä\t6.10.2021\nRekisterin nimi\tAsiakasrekisteri on tässä pitkä lause välilyönnein';
    expect(normalise(text)).toBe(text);
  });

  it('never changes the number of lines and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalise(s);
        expect(once.split('\n')).toHaveLength(s.replace(/\r\n?/g, '\n').split('\n').length);
        expect(normalise(once)).toBe(once);
      }),
    );
  });
});

describe('normalise on whitespace runs (issue 14)', () => {
  it('strips trailing whitespace of every kind and keeps inner runs as they are', () => {
    const run = ' \t\u2003\u3000'.repeat(1000);
    expect(normalise(`alku${run}loppu${run}\nrivi\u205f\u00a0`)).toBe(`alku${run.replace(/\u00a0/g, ' ')}loppu\nrivi`);
  });

  it('a tab-spaced text: a long gap of spaces and tabs between two words is one cell boundary', () => {
    const words = Array.from({ length: 12 }, (_, i) => `sana${i}`).join('\t');
    expect(normalise(`${words}\nvasen${' \t'.repeat(5000)}oikea\t\n`).split('\n')[1]).toBe('vasen\toikea');
  });
});
