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

  it('a tab-spaced text: every gap rewritten as the character-by-character scan did', () => {
    // the scan that normalise used before its regex: the reference for any line
    const scan = (line: string): string => {
      let out = '';
      let from = 0;
      for (let i = 0; i < line.length;) {
        if (line[i] !== ' ' && line[i] !== '\t') {
          i++;
          continue;
        }
        let j = i;
        let tabs = 0;
        while (j < line.length && (line[j] === ' ' || line[j] === '\t')) if (line[j++] === '\t') tabs++;
        if (tabs > 0 && i > 0 && j < line.length && !/\s/.test(line[i - 1]) && !/\s/.test(line[j])) {
          out += line.slice(from, i) + (j - i === 1 ? ' ' : '\t');
          from = j;
        }
        i = j;
      }
      return (from === 0 ? line : out + line.slice(from)).trimEnd();
    };
    const header = Array.from({ length: 40 }, (_, i) => `sana${i}`).join('\t');
    const line = fc
      .array(fc.constantFrom('a', 'ä', ' ', '\t', '\u2003', '\f', '.'), { maxLength: 30 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(line, (l) => {
        expect(normalise(`${header}\n${l}`).split('\n')[1]).toBe(scan(l));
      }),
      { numRuns: 2000 },
    );
  });
});
