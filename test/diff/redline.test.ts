/**
 * Issue 17, points 4 and 5: diff as a redline a consultant hands over (moves named
 * from → to, counts that agree in every format, paragraphs and list items kept, each
 * replacement with its context, standard unified hunks, its own HTML title) and "what
 * changed in substance" at the top.
 */
import { readFileSync } from 'node:fs';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { substanceOf, loadFactRules } from '../../src/compare/index.js';
import { diffNotices, RENDERERS, type DiffResult } from '../../src/diff/index.js';
import type { Notice } from '../../src/model/notice.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { fixture, linterWith, noticeOf, SEEDS } from '../helpers/notice.js';
import { noticeFromText } from './helpers.js';

const catalogue = loadCatalogue();
const sectionLabel = (id: string, l: 'fi' | 'en') => catalogue.byId.get(id)?.[l] ?? id;
const opts = { lang: 'fi' as const, color: false, sectionLabel };
const CLEAN = 'clean/puhdas_tietosuojaseloste.txt';

function withSubstance(r: DiffResult, a: Notice, b: Notice, lang: 'fi' | 'en' = 'fi'): DiffResult {
  const linter = linterWith({ lang });
  const side = (notice: Notice) => ({ notice, findings: linter.lint(notice), coverage: linter.coverage(notice) });
  r.substance = substanceOf(side(a), side(b), { lang, factRules: loadFactRules(), sectionLabel });
  return r;
}

describe('moved sections are named, from → to', () => {
  it('a notice against itself with two sections swapped: exactly two moves, in every format', async () => {
    const r = diffNotices(await noticeOf(SEEDS['004']), await noticeOf('diff/004_swapped.txt'));
    expect(r.summary).toMatchObject({ moved: 2, added: 0, removed: 0, changed: 0 });
    const moved = r.units.filter((u) => u.status === 'moved');
    expect(moved.map((u) => `${u.old!.position} → ${u.new!.position}`).sort()).toEqual(['4 → 6', '6 → 4']);
    const text = RENDERERS.text(r, opts);
    expect(text.split('\n').filter((l) => l.startsWith('siirretty'))).toHaveLength(2);
    expect(text).toContain('siirretty: paikka 4 → 6');
    expect(text).toContain('siirretty: paikka 6 → 4');
    expect(text).toContain('2 siirretty');
    const html = RENDERERS.html(r, opts);
    expect(html.match(/<section class="unit moved"/g)).toHaveLength(2);
    expect(html).toContain('paikka 4 → 6');
    const json = JSON.parse(RENDERERS.json(r, opts));
    expect(json.summary.moved).toBe(2);
    expect(json.sections.find((s: { id: string }) => s.id === 'sources').position).toEqual({ old: 4, new: 6 });
    // sections under one combined heading are one section moved, counted once
    const combined = json.sections.filter((s: { status: string }) => s.status === 'moved');
    expect(new Set(combined.map((s: { unit: number }) => s.unit)).size).toBe(2);
    const en = RENDERERS.text(r, { ...opts, lang: 'en' });
    expect(en).toContain('moved: place 4 → 6');
  });
});

describe('the counts agree everywhere', () => {
  const pairs: [string, string][] = [
    [SEEDS['000'], SEEDS['001']],
    [SEEDS['001'], SEEDS['002']],
    [SEEDS['003'], SEEDS['004']],
    [SEEDS['004'], 'diff/004_swapped.txt'],
  ];
  for (const [a, b] of pairs) {
    it(`${a} → ${b}: summary = text lines = html sections = json units`, async () => {
      const r = diffNotices(await noticeOf(a), await noticeOf(b));
      const s = r.summary;
      const statuses = {
        added: 'lisätty',
        removed: 'poistettu',
        changed: 'muuttunut',
        moved: 'siirretty',
        unchanged: 'ennallaan',
      } as const;
      const text = RENDERERS.text(r, opts).split('\n');
      const html = RENDERERS.html(r, opts);
      const json = JSON.parse(RENDERERS.json(r, opts));
      for (const [status, word] of Object.entries(statuses) as [keyof typeof statuses, string][]) {
        expect(text.filter((l) => l.startsWith(`${word} `)).length, `text ${status}`).toBe(s[status]);
        const inHtml =
          status === 'unchanged'
            ? Number(/Muuttumattomat osiot \((\d+)\)/.exec(html)?.[1] ?? 0)
            : (html.match(new RegExp(`<section class="unit ${status}"`, 'g')) ?? []).length;
        expect(inHtml, `html ${status}`).toBe(s[status]);
        const units = new Set(
          json.sections.filter((x: { status: string }) => x.status === status).map((x: { unit: number }) => x.unit),
        );
        expect(units.size, `json ${status}`).toBe(s[status]);
      }
      const line = `${s.added} lisätty, ${s.removed} poistettu, ${s.changed} muuttunut, ${s.moved} siirretty, ${s.unchanged} ennallaan`;
      expect(text.join('\n')).toContain(line);
      expect(html).toContain(line);
    });
  }
});

describe('paragraphs and list items are kept, the heading on its own line', () => {
  const old =
    'Rekisterinpitäjä\n\nEsimerkki Oy\n\nHenkilötietojen käsittelyn tarkoitus\n\nAsiakassuhteen hoitaminen.\n';
  const now = `${old}\nEvästeet\n\nKäytämme evästeitä sivuston toimintaan.\n\nAnalytiikkaan käytämme seuraavia:\n• Matomo\n• Siteimprove\n`;

  it('text: an added section shows its heading, paragraphs and list items on lines of their own', async () => {
    const r = diffNotices(await noticeFromText('a.txt', old), await noticeFromText('b.txt', now));
    const lines = RENDERERS.text(r, opts).split('\n');
    const at = lines.findIndex((l) => l.startsWith('lisätty'));
    expect(lines.slice(at + 1, at + 7)).toEqual([
      '    {+Evästeet+}',
      '    {+Käytämme evästeitä sivuston toimintaan.+}',
      '',
      '    {+Analytiikkaan käytämme seuraavia:+}',
      '    {+Matomo+}',
      '    {+Siteimprove+}',
    ]);
  });

  it('html: the breaks are kept in the text and shown (white-space: pre-line)', async () => {
    const r = diffNotices(await noticeFromText('a.txt', old), await noticeFromText('b.txt', now));
    const h = RENDERERS.html(r, { ...opts, layout: 'inline' });
    expect(h).toContain(
      '<ins id="u2-c0">Evästeet\nKäytämme evästeitä sivuston toimintaan.\n\nAnalytiikkaan käytämme seuraavia:\nMatomo\nSiteimprove</ins>',
    );
    expect(h).toMatch(/\.body\{white-space:pre-line\}/);
  });

  it('a changed section: the heading is a line of its own, apart from the first words of its text', async () => {
    const r = diffNotices(
      await noticeOf(CLEAN),
      await noticeFromText(
        'b.txt',
        readFileSync(fixture(CLEAN), 'utf8').replace('Asiakkaan perustiedot, yhteystiedot', 'Asiakkaan yhteystiedot'),
      ),
    );
    const u = r.units.find((x) => x.status === 'changed')!;
    expect(u.changes[0]).toMatchObject({ type: 'equal' });
    expect(u.changes[0].text.startsWith('Henkilötietojen säilytysaika\n')).toBe(true);
  });
});

describe('each replacement paired with a few words of context', () => {
  it('003 with its retention changed: json edits, the html change list and the text view', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    const json = JSON.parse(RENDERERS.json(r, opts));
    const row = json.sections.find((s: { id: string }) => s.id === 'retention');
    expect(row.edits).toEqual([
      {
        before: 'asiakastietojen säilytysaika on sähkömarkkinalain mukaan',
        deleted: 'kymmenen (10)',
        inserted: 'kuusi (6)',
        after: 'vuotta. Kontaktitallenteiden säilytysaika on yksi',
      },
    ]);
    const h = RENDERERS.html(r, opts);
    expect(h).toMatch(
      /<li><span class="ctx">… asiakastietojen säilytysaika on sähkömarkkinalain mukaan<\/span> <a href="#u\d+-c\d+"><del>kymmenen \(10\)<\/del><\/a> <a href="#u\d+-c\d+"><ins>kuusi \(6\)<\/ins><\/a> <span class="ctx">vuotta. Kontaktitallenteiden säilytysaika on yksi …<\/span><\/li>/,
    );
    expect(RENDERERS.text(r, opts).replace(/\s+/g, ' ')).toContain(
      'säilytysaika on sähkömarkkinalain mukaan [-kymmenen (10)-] {+kuusi (6)+} vuotta.',
    );
  });
});

describe('unified: standard @@ -a,b +c,d @@ hunks', () => {
  const hunkRe = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@/;
  for (const [a, b] of [
    [SEEDS['003'], 'diff/003_retention_changed.txt'],
    [SEEDS['001'], SEEDS['002']],
    [SEEDS['004'], 'diff/004_swapped.txt'],
  ]) {
    it(`${a} → ${b}: every hunk header counts its lines, and the patch turns the old lines into the new`, async () => {
      const r = diffNotices(await noticeOf(a), await noticeOf(b));
      const u = RENDERERS.unified(r, opts);
      const lines = u.split('\n').slice(2, -1);
      const heads = lines.map((l, k) => [l, k] as const).filter(([l]) => l.startsWith('@@'));
      expect(heads.length).toBeGreaterThan(0);
      heads.forEach(([l, k], h) => {
        const m = hunkRe.exec(l)!;
        expect(m, l).not.toBeNull();
        const body = lines.slice(k + 1, h + 1 < heads.length ? heads[h + 1][1] : lines.length);
        expect(body.filter((x) => x[0] !== '+').length).toBe(Number(m[2]));
        expect(body.filter((x) => x[0] !== '-').length).toBe(Number(m[4]));
      });
      // the old notice's lines as text; equal lines are printed from the new side, so compare by the new text where keys match
      const oldText = r.lines.old.map((l) => l.text).join('\n') + '\n';
      const newText = r.lines.new.map((l) => l.text).join('\n') + '\n';
      const applied = applyPatch(oldText, u, {
        compareLine: (_n, line, _op, content) =>
          line.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === content.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
      });
      expect(applied).not.toBe(false);
      expect((applied as string).toLowerCase().replace(/[^\p{L}\p{N}\n]/gu, '')).toBe(
        newText.toLowerCase().replace(/[^\p{L}\p{N}\n]/gu, ''),
      );
    });
  }

  it('the retention change: one hunk, three lines of context each side, the section named', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    const u = RENDERERS.unified(r, opts).split('\n');
    const heads = u.filter((l) => l.startsWith('@@'));
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(/^@@ -\d+,7 \+\d+,7 @@ Henkilötietojen säilytysaika$/);
  });
});

describe('the diff HTML has its own title', () => {
  it('"Tietosuojaselosteen muutokset: old → new", not the compare title', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    const h = RENDERERS.html(r, opts);
    expect(h).toContain(
      '<title>Tietosuojaselosteen muutokset: 003_98cc76d9ec6c475c.txt → 003_retention_changed.txt</title>',
    );
    expect(h).not.toContain('Tietosuojaselosteiden vertailu');
    expect(RENDERERS.html(r, { ...opts, lang: 'en' })).toContain('<title>Changes to the privacy notice: ');
  });
});

describe('what changed in substance', () => {
  it('a changed retention period, at the top of text, json and html', async () => {
    const a = await noticeOf(SEEDS['003']);
    const b = await noticeOf('diff/003_retention_changed.txt');
    const r = withSubstance(diffNotices(a, b), a, b);
    expect(r.substance!.facts).toEqual([
      { id: 'retention', name: 'Säilytysaika', from: 'kymmenen (10) vuotta', to: 'kuusi (6) vuotta' },
    ]);
    const text = RENDERERS.text(r, opts).split('\n');
    expect(text.slice(2, 4)).toEqual([
      'Olennaiset muutokset',
      '  Säilytysaika: kymmenen (10) vuotta → kuusi (6) vuotta',
    ]);
    const json = JSON.parse(RENDERERS.json(r, opts));
    expect(Object.keys(json)).toEqual(['version', 'old', 'new', 'substance', 'sections', 'summary']);
    expect(json.substance.facts[0]).toMatchObject({
      id: 'retention',
      from: 'kymmenen (10) vuotta',
      to: 'kuusi (6) vuotta',
    });
    const h = RENDERERS.html(r, opts);
    expect(h.indexOf('Olennaiset muutokset')).toBeLessThan(h.indexOf('class="summary"'));
    expect(h).toContain(
      '<li><strong>Säilytysaika</strong>: <del>kymmenen (10) vuotta</del> → <ins>kuusi (6) vuotta</ins></li>',
    );
  });

  it('a transfer outside the EU/EEA added, a right removed, a finding new and one resolved', async () => {
    const clean = readFileSync(fixture(CLEAN), 'utf8');
    const a = await noticeFromText('vanha.txt', clean.replace('tietosuoja@esimerkkienergia.fi', '[sähköpostiosoite]'));
    const edited = clean
      .replace(
        'Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
        'Henkilötietoja siirretään EU:n ja ETA:n ulkopuolelle Yhdysvaltoihin, jossa käytämme Microsoft Azure -palvelua EU:n vakiolausekkeiden perusteella.',
      )
      .replace(/\nOikeus siirtää tiedot järjestelmästä toiseen\n\n[^\n]+\n/, '\n')
      .replace('Asiakkaan perustiedot', 'Asiakkaan perustiedot (asiakkaan nimi)');
    const b = await noticeFromText('uusi.txt', edited);
    const r = withSubstance(diffNotices(a, b), a, b);
    const facts = Object.fromEntries(r.substance!.facts.map((f) => [f.id, f]));
    expect(facts.transfers).toMatchObject({
      name: 'Siirrot EU/ETA:n ulkopuolelle',
      from: 'ei',
      to: 'kyllä; palvelut: Microsoft',
    });
    expect(facts.right_portability).toMatchObject({ from: 'oma otsikko', to: 'puuttuu' });
    expect(r.substance!.resolvedFindings.map((f) => f.ruleId)).toContain('text/placeholder');
    expect(r.substance!.newFindings.map((f) => f.ruleId)).not.toContain('text/placeholder');
    const text = RENDERERS.text(r, opts);
    expect(text).toContain('Korjautuneet havainnot (');
    expect(text.indexOf('Olennaiset muutokset')).toBeLessThan(text.indexOf('ennallaan'));
  });

  it('no change in substance is said so; English with --lang en', async () => {
    const a = await noticeOf(SEEDS['004']);
    const b = await noticeOf('diff/004_swapped.txt');
    const r = withSubstance(diffNotices(a, b), a, b, 'en');
    expect(r.substance).toEqual({ facts: [], newFindings: [], resolvedFindings: [] });
    expect(RENDERERS.text(r, { ...opts, lang: 'en' })).toContain(
      'What changed in substance\n  No change in the key facts or the lint findings.',
    );
  });

  it('one notice as TXT with stray HTML and as PDF: the same key facts, the markup findings resolved, read once per message', async () => {
    const a = await noticeOf(SEEDS['001']);
    const b = await noticeOf('docs/001_seinajoki_table.pdf');
    const r = withSubstance(diffNotices(a, b), a, b);
    expect(r.substance!.facts).toEqual([]);
    expect(r.substance!.newFindings).toEqual([]);
    expect(new Set(r.substance!.resolvedFindings.map((f) => f.ruleId))).toEqual(new Set(['text/markup']));
    const text = RENDERERS.text(r, opts);
    expect(text).toMatch(/\n {4}text\/markup {2}Selosteessa näkyy HTML-koodia: ”<p>”\. {2}rivit 9, 17, 18, /);
    expect(text.match(/”<p>”/g)).toHaveLength(1);
  });

  it('facts from a hostile notice are escaped in the html', async () => {
    const a = await noticeOf(SEEDS['004']);
    const b = await noticeOf('diff/hostile.txt');
    const r = withSubstance(diffNotices(a, b), a, b);
    expect(r.substance!.facts.length).toBeGreaterThan(0);
    expect(r.substance!.facts[0]).toMatchObject({ id: 'controller', to: "D'Angelo Oy 1234567-8" });
    // a list that only lost items reads whole on both sides
    expect(r.substance!.facts.find((f) => f.id === 'profiling')).toMatchObject({
      from: 'ei mainita; mainitaan: profilointi, kohdentaminen',
      to: 'ei mainita',
    });
    for (const layout of ['side-by-side', 'inline'] as const) {
      const h = RENDERERS.html(r, { ...opts, layout });
      const box = h.slice(
        h.indexOf('<section class="substance"'),
        h.indexOf('</section>', h.indexOf('<section class="substance"')),
      );
      expect(box).toContain('<del>Äänekosken Energia Oy 0917763-8</del> → <ins>D&#39;Angelo Oy 1234567-8</ins>');
      expect(h).not.toMatch(/<script|<img/i);
    }
  });
});
