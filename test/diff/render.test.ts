import { describe, expect, it } from 'vitest';
import { diffNotices, RENDERERS } from '../../src/diff/index.js';
import { noticeOf, SEEDS } from '../helpers/notice.js';
import { noticeFromText } from './helpers.js';

const opts = { lang: 'fi' as const, color: false };

describe('diff renderers', () => {
  it('json: the SPEC §6 shape, each section id once', async () => {
    const r = diffNotices(await noticeOf(SEEDS['000']), await noticeOf(SEEDS['001']));
    const j = JSON.parse(RENDERERS.json(r, opts));
    expect(Object.keys(j)).toEqual(['version', 'old', 'new', 'sections', 'summary']);
    expect(j.version).toBe(1);
    expect(j.old).toEqual({ file: r.old.file, format: 'text' });
    expect(Object.keys(j.summary).sort()).toEqual([
      'added',
      'changed',
      'moved',
      'removed',
      'unchanged',
      'wordsDeleted',
      'wordsInserted',
    ]);
    for (const s of j.sections) {
      expect(['added', 'removed', 'changed', 'unchanged', 'moved']).toContain(s.status);
      expect(s.similarity).toBeGreaterThanOrEqual(0);
      expect(s.similarity).toBeLessThanOrEqual(1);
      for (const c of s.changes) expect(['equal', 'insert', 'delete']).toContain(c.type);
    }
    const ids = j.sections.map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // a combined heading's section is listed under each id it covers
    expect(ids).toEqual(expect.arrayContaining(['legal_basis', 'purpose', 'statutory_requirement']));
  });

  it('text: Finnish statuses, wdiff marks without colour, English with --lang en', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    const fi = RENDERERS.text(r, opts);
    expect(fi).toContain('muuttunut');
    expect(fi.replace(/\s+/g, ' ')).toContain('[-kymmenen (10)-] {+kuusi (6)+}');
    expect(fi).toContain('Yhteenveto:');
    expect(fi).not.toMatch(/\u001b\[/);
    const en = RENDERERS.text(r, { ...opts, lang: 'en' });
    expect(en).toContain('changed');
    expect(en).toContain('Summary:');
    expect(RENDERERS.text(r, { ...opts, color: true })).toMatch(/\u001b\[/);
  });

  it('text and html: a changed section never shows similarity 1.00 (one word added to a long section)', async () => {
    const seed = await noticeFromText('seed.txt', (await noticeOf(SEEDS['000'])).text);
    const longest = [...seed.segments].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const at = seed.text.lastIndexOf(' ', longest.end - 2);
    const edited = await noticeFromText('edited.txt', `${seed.text.slice(0, at)} faksinumero${seed.text.slice(at)}`);
    const r = diffNotices(seed, edited);
    const changed = r.units.filter((u) => u.status === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0].similarity).toBeGreaterThan(0.99);
    const line = RENDERERS.text(r, opts)
      .split('\n')
      .find((l) => l.startsWith('muuttunut'))!;
    expect(line).toContain('samankaltaisuus 0.99');
    expect(RENDERERS.html(r, opts)).not.toMatch(/muuttunut[^\n]*1\.00/);
  });

  it('unified: one hunk per changed section with - and + sentences', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    const u = RENDERERS.unified(r, opts).split('\n');
    expect(u[0]).toBe(`--- ${r.old.file}`);
    expect(u[1]).toBe(`+++ ${r.new.file}`);
    expect(u.filter((l) => l.startsWith('@@'))).toHaveLength(1);
    expect(u).toContain(
      '-Sopimukseen perustuvien asiakastietojen säilytysaika on sähkömarkkinalain mukaan kymmenen (10) vuotta.',
    );
    expect(u).toContain(
      '+Sopimukseen perustuvien asiakastietojen säilytysaika on sähkömarkkinalain mukaan kuusi (6) vuotta.',
    );
  });

  it('html: self-contained, del/ins marks, a change list linking to each change, moved marked', async () => {
    const r = diffNotices(await noticeOf(SEEDS['004']), await noticeOf('diff/004_swapped.txt'));
    const h = RENDERERS.html(r, opts);
    expect(h).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(h).toContain('class="unit moved"');
    const changed = RENDERERS.html(
      diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt')),
      { ...opts, layout: 'inline' },
    );
    const links = [...changed.matchAll(/href="#(u\d+-c\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBe(2);
    for (const id of links) expect(changed).toContain(`id="${id}"`);
    expect(changed).toMatch(/<del id="u\d+-c\d+">kymmenen \(10\)<\/del>/);
    expect(changed).toMatch(/<ins id="u\d+-c\d+">kuusi \(6\)<\/ins>/);
  });

  it('html: every piece of document text is escaped (<script>, <img onerror>)', async () => {
    const r = diffNotices(await noticeOf(SEEDS['004']), await noticeOf('diff/hostile.txt'));
    for (const layout of ['side-by-side', 'inline'] as const) {
      const h = RENDERERS.html(r, { ...opts, layout });
      expect(h).not.toMatch(/<script/i);
      expect(h).not.toMatch(/<img/i);
      // markup is not content, but text that spells markup out is, and is shown escaped
      expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(h).toContain('&lt;img src=x onerror=alert(2)&gt;');
      expect(h).toContain('5 &lt; 6 &amp; &quot;lainaus&quot; &#39;heittomerkki&#39;');
    }
  });
});
