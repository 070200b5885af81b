/**
 * Issue 14: the small forms of the inputs whose cost used to grow with the square of
 * their size. No absolute time budget: each test times the pathological input against
 * a control that does the same amount of ordinary work (same size), or against itself
 * at four times the size, and asserts a generous ratio. The least of several runs is
 * compared, so a burst of load elsewhere on the machine does not decide the result.
 * The quadratic builds gave ratios of 10–10,000 against the control (15–30 for ×4
 * growth); linear code gives about 1 (4). The full sizes are rows of `npm run bench -- --only linear`.
 */
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/ingest/html.js';
import { markdownToLines } from '../../src/ingest/markdown.js';
import { normalise } from '../../src/ingest/normalise.js';
import { rejoinHyphenation, type PageLine } from '../../src/ingest/pdf-lines.js';
import type { Finding } from '../../src/model/finding.js';
import { html } from '../../src/report/html.js';
import { DEFAULT_SETTINGS, Linter } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';

/** Least time of `fn` over a few runs (ms); stops early once one run is clearly slow. */
function leastTime(fn: () => unknown, runs = 7): number {
  let best = Number.POSITIVE_INFINITY;
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
    if (performance.now() - t0 > 3000) break;
  }
  return best;
}

/** Time of `input` over time of `control` (same size, ordinary content), each warmed up once. */
function againstControl<T>(run: (x: T) => unknown, input: T, control: T): number {
  if (typeof input === 'string' && typeof control === 'string') expect(input.length / control.length).toBeCloseTo(1, 0);
  run(control);
  run(input);
  const c = leastTime(() => run(control));
  const p = leastTime(() => run(input));
  return p / Math.max(c, 0.05);
}

/** Time at `factor` × n over time at n. Linear: about `factor`; quadratic: its square. */
function growth<T>(make: (n: number) => T, run: (x: T) => unknown, n: number, factor = 4): number {
  const small = make(n);
  const large = make(factor * n);
  run(small);
  const a = leastTime(() => run(small));
  const b = leastTime(() => run(large));
  return b / Math.max(a, 0.05);
}

const words = (chars: number) => 'sana tieto käsittely '.repeat(Math.ceil(chars / 21)).slice(0, chars);

describe('whitespace runs cost their length, not its square', () => {
  const K = 40_000;

  it('normalise: a run of spaces inside a line and at its end', () => {
    const input = `Rekisterinpitäjä\nEsimerkki Oy${' '.repeat(K)}x\nloppu${' '.repeat(K)}\n`;
    const control = `Rekisterinpitäjä\nEsimerkki Oy${words(K)}x\nloppu${words(K)}\n`;
    expect(normalise(input).split('\n')[2]).toBe('loppu');
    expect(againstControl(normalise, input, control)).toBeLessThan(10);
  });

  it('normalise: a long run of spaces and tabs in a tab-spaced (PDF-exported) text', () => {
    const tabbed = `${Array.from({ length: 20 }, (_, i) => `sana${i}`).join('\t')}\n`;
    const input = `${tabbed}alku${' \t'.repeat(K)}\n`;
    const control = `${tabbed}alku${words(2 * K)}\n`;
    expect(normalise(input).split('\n')[1]).toBe('alku');
    expect(againstControl(normalise, input, control)).toBeLessThan(10);
  });

  it('Markdown: deeply indented list items, an indented table line, a heading and a bold line with long gaps', () => {
    const deep = (k: number) =>
      `${' '.repeat(k)}- kohta\n${' '.repeat(k)}| - x |\n# Otsikko${' '.repeat(k)}jatkuu\n**Lihava**${' '.repeat(k)}x\n`;
    const input = deep(K / 4).repeat(4);
    const control =
      `${words(K / 4)}- kohta\n${words(K / 4)}| - x |\n# Otsikko${words(K / 4)}jatkuu\n**Lihava**${words(K / 4)}x\n`.repeat(
        4,
      );
    const out = markdownToLines(input).text.split('\n');
    expect(out[0].trim()).toBe('• kohta');
    expect(out[2]).toMatch(/^Otsikko +jatkuu$/);
    expect(againstControl((s) => markdownToLines(s), input, control)).toBeLessThan(10);
  });

  it('Markdown: a line of a thousand unclosed brackets, autolinks and bold marks', () => {
    const input = `${'[a '.repeat(K / 3)}\n${'<http://a '.repeat(K / 10)}\n${'**a '.repeat(K / 4)}\n`;
    const control = `${words(K)}\n${words(K)}\n${words(K)}\n`;
    expect(againstControl((s) => markdownToLines(s), input, control)).toBeLessThan(10);
  });
});

describe('deep HTML nesting', () => {
  it('20,000 nested <div> cost what 20,000 sibling ones do', () => {
    const n = 20_000;
    const nested = `<body>${'<div>'.repeat(n)}<p>Rekisterinpitäjä</p>${'</div>'.repeat(n)}</body>`;
    const siblings = `<body>${'<div></div>'.repeat(n)}<p>Rekisterinpitäjä</p></body>`;
    expect(htmlToLines(nested).text).toBe('Rekisterinpitäjä');
    expect(againstControl((s) => htmlToLines(s), nested, siblings)).toBeLessThan(5);
  });

  it('deeply nested lists are indented only so far, and unclosed markup still ends its cells', () => {
    const lists = htmlToLines(`${'<ul><li>kohta'.repeat(200)}`).text.split('\n');
    expect(lists).toHaveLength(200);
    expect(Math.max(...lists.map((l) => l.length))).toBeLessThan(40);
    expect(htmlToLines(`${'<div>'.repeat(5000)}<table><tr><td>Nimi</td><td>Esimerkki Oy`).text).toBe(
      'Nimi\tEsimerkki Oy',
    );
  });
});

describe('one long line with many findings', () => {
  // Only the placeholder rule: the cost measured is the engine's (positions, excerpts), not the pack's.
  const defs = loadPack('fi-gdpr').filter((d) => d.id === 'text/placeholder');
  const linter = new Linter(defs, loadCatalogue(), {
    ...DEFAULT_SETTINGS,
    maxFindingsPerRule: Number.POSITIVE_INFINITY,
  });
  const lint = (text: string) =>
    linter.lint(buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] }));

  it('costs what the same findings on separate lines do, each with a short excerpt', () => {
    const m = 10_000;
    const oneLine = 'sanasanasana s-postiosoite '.repeat(m);
    const lines = 'sanasanasana s-postiosoite\n'.repeat(m);
    const found = lint(oneLine);
    expect(found).toHaveLength(m);
    expect(Math.max(...found.map((f) => f.excerpt.length))).toBeLessThan(250);
    expect(found[m / 2].excerpt).toBe(
      '…s-postiosoite sanasanasana s-postiosoite sanasanasana s-postiosoite sanasanasana…',
    );
    expect(againstControl(lint, oneLine, lines)).toBeLessThan(5);
  });

  it('a text linted before, met again as another string (two notices alike), costs what a new text does', () => {
    // The letter shadow of the first is kept and serves the second; it once made every match
    // compare the whole text with its shadow (the text is in lower case: they are equal).
    const m = 20_000;
    const text = 'sanasanasana s-postiosoite '.repeat(m);
    const copies = Array.from({ length: 8 }, () => text.split(' ').join(' '));
    const fresh = Array.from({ length: 8 }, (_, i) => `${text.slice(0, -2)}${i} `);
    expect(copies[0]).toBe(text);
    lint(text);
    let k = 0;
    let j = 0;
    const again = leastTime(() => lint(copies[k++ % copies.length]));
    const anew = leastTime(() => lint(fresh[j++ % fresh.length]));
    expect(again / Math.max(anew, 0.05)).toBeLessThan(3);
  });
});

describe('the HTML lint report', () => {
  const report = (n: number) => {
    const text = `Rekisterinpitäjä\n${'Ota yhteyttä s-postiosoite.\n'.repeat(n)}`;
    const findings: Finding[] = Array.from({ length: n }, (_, k) => {
      const start = 17 + k * 28 + 13;
      return {
        ruleId: 'text/placeholder',
        severity: 'error',
        message: 'Täyteteksti',
        section: 'controller',
        line: k + 2,
        column: 14,
        endLine: k + 2,
        endColumn: 27,
        page: null,
        excerpt: '',
        suggestion: null,
        gdpr: null,
        range: [start, start + 13],
      };
    });
    return {
      files: [
        {
          file: 'n.txt',
          format: 'text',
          findings,
          text,
          segments: [{ ids: ['controller'], heading: 'Rekisterinpitäjä', start: 0, end: text.length, startLine: 1 }],
        },
      ],
    };
  };
  const render = (r: ReturnType<typeof report>) => html(r, { lang: 'fi', color: false, toolVersion: 'test' });

  it('grows with the findings of a section, not with their square', () => {
    const out = render(report(3));
    expect(out.match(/<mark class="sev-error" id="m0-\d+" title="Täyteteksti">s-postiosoite<\/mark>/g)).toHaveLength(3);
    expect(growth(report, render, 1500)).toBeLessThan(8);
  });
});

describe('PDF hyphen rejoining', () => {
  // The same words on every line: what is measured is the work per break, not how the
  // memory caches cope with an index of a million distinct words.
  const lines = (n: number): PageLine[] =>
    Array.from({ length: n }, (_, i) => ({
      text: i % 2 === 0 ? 'rivi on henkilökohtai-' : 'semman tiedon käsittely',
      page: 1 + Math.floor(i / 50),
    }));

  it('costs the same per broken line however many there are', () => {
    expect(rejoinHyphenation(lines(4)).map((l) => l.text)).toEqual([
      'rivi on henkilökohtaisemman',
      'tiedon käsittely',
      'rivi on henkilökohtaisemman',
      'tiedon käsittely',
    ]);
    // ×8 lines: linear is 8 (the document's own spelling is a sorted index, n log n: a
    // little over), quadratic 64. Timing on a shared machine is noisy: hence the wide factor.
    expect(growth(lines, rejoinHyphenation, 2000, 8)).toBeLessThan(24);
  });
});

describe('findings per rule are capped', () => {
  const notice = (text: string) =>
    buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
  const defs = loadPack('fi-gdpr').filter((d) => d.id === 'text/placeholder' || d.id === 'contact/email');
  const text = `Rekisterinpitäjä\n${'Ota yhteyttä s-postiosoite.\n'.repeat(250)}Sähköposti: info@yritys\n`;

  it('at most 100 of one rule, then one finding that says how many more there were (fi and en)', () => {
    for (const lang of ['fi', 'en'] as const) {
      const found = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, lang }).lint(notice(text));
      const placeholders = found.filter((f) => f.ruleId === 'text/placeholder');
      expect(placeholders).toHaveLength(101);
      const more = placeholders[100];
      expect(more.message).toBe(
        lang === 'fi'
          ? 'Säännöllä text/placeholder on tässä tiedostossa vielä 150 havaintoa, joita ei luetella: vain 100 ensimmäistä näytetään.'
          : '150 more findings of text/placeholder in this file are not listed: only the first 100 are shown.',
      );
      // It stands where the first finding left out was, with the severity of those left out.
      expect(more.line).toBe(102);
      expect(more.severity).toBe(placeholders[0].severity);
      // Another rule is not affected.
      expect(found.filter((f) => f.ruleId === 'contact/email').map((f) => f.excerpt)).toEqual([
        'Sähköposti: info@yritys',
      ]);
    }
  });

  it('the cap can be set: 5 listed of 250, and none past it when it is not reached', () => {
    const five = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, lang: 'en', maxFindingsPerRule: 5 }).lint(
      notice(text),
    );
    expect(
      five
        .filter((f) => f.ruleId === 'text/placeholder')
        .map((f) => f.message)
        .slice(-1)[0],
    ).toMatch(/^245 more findings of text\/placeholder/);
    const all = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, maxFindingsPerRule: 250 }).lint(notice(text));
    expect(all.filter((f) => f.ruleId === 'text/placeholder')).toHaveLength(250);
  });
});
