/**
 * The HTML reports of `diff` and `compare` opened in Chromium: they load with no
 * error and no request, and show what a person came for (the inserted text marked,
 * every notice in the matrix). Screenshots: test-output/browser/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, SEED, TIMEOUT, removeDir, seloste, tempDir } from '../cli/run.js';
import { openReport, startBrowser, stopBrowser } from './browser.js';

const opts = { timeout: 2 * TIMEOUT };

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await startBrowser();
}, 2 * TIMEOUT);
afterAll(async () => {
  await stopBrowser();
  removeDir(dir);
});

describe('diff and compare HTML reports in Chromium', () => {
  it('diff: the inserted line is shown marked as inserted, and markup in a notice never runs', opts, async () => {
    const newer = join(dir, 'uusi.txt');
    const old = readFileSync(join(REPO, SEED['002']), 'utf8').split('\n');
    old.splice(41, 0, 'Palveluiden käytöstä havainnoidut tiedot <script>window.__pwned = 1</script>');
    writeFileSync(newer, old.join('\n'));
    const out = join(dir, 'diff.html');
    const r = await seloste(['diff', '--format', 'html', '--output', out, SEED['002'], newer]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const { page, problems, screenshot } = await openReport(out);
    const inserted = page.locator('ins', { hasText: 'Palveluiden käytöstä havainnoidut tiedot' }).first();
    await inserted.scrollIntoViewIfNeeded();
    await expect(inserted.isVisible()).resolves.toBe(true);
    // diff compares words with markup removed (src/segment/words.ts), so the tags are not shown; they must not run either
    expect(await inserted.innerText()).toContain('window.');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
    expect(problems).toEqual([]);
    await screenshot('diff-seed-002');
  });

  it('compare: every notice is in the matrix; nothing fails to load', opts, async () => {
    const out = join(dir, 'compare.html');
    const seeds = Object.values(SEED);
    const r = await seloste(['compare', '--format', 'html', '--output', out, ...seeds]);
    expect(r.stdout).toBe('');
    const { page, problems, screenshot } = await openReport(out, { width: 1400, height: 900 });
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    // issue 17: short labels (controller and business ID, else the file's name); the path as the label's tooltip
    const text = await page.locator('body').innerText();
    for (const label of [
      'Seinäjoen Energia Oy 0974008-0',
      'Imatran Seudun Sähkö Oy 0159029-2',
      'Äänekosken Energia Oy 0917763-8',
      '000_a454ac08de0ff13f.txt',
    ])
      expect(text).toContain(label);
    const titles = await page
      .locator('.scroll')
      .first()
      .locator('thead .lbl')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(titles.map((x) => x!.split(' — ')[1])).toEqual(seeds);
    expect(titles[1]).toBe(`Seinäjoen Energia Oy 0974008-0 — ${SEED['001']}`);
    await expect(page.locator('table').first().isVisible()).resolves.toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    expect(problems).toEqual([]);
    await screenshot('compare-seeds');
  });

  it(
    'compare of 50 notices: the page is no wider than its window, and the header row stays visible when scrolled',
    opts,
    async () => {
      // fifty notices: the five seeds, ten copies each, under other company names
      const files: string[] = [];
      for (let k = 0; k < 50; k++) {
        const seed = Object.values(SEED)[k % 5];
        const text = readFileSync(join(REPO, seed), 'utf8').replace(
          /Seinäjoen Energia Oy|Imatran Seudun Sähkö Oy|Äänekosken Energia Oy/g,
          `Yhtiö ${String.fromCharCode(65 + Math.floor(k / 26))}${String.fromCharCode(97 + (k % 26))} Oy`,
        );
        const file = join(dir, `seloste_${String(k + 1).padStart(2, '0')}_${'pitkä_tiedostonimi_'.repeat(3)}.txt`);
        writeFileSync(file, text);
        files.push(file);
      }
      const out = join(dir, 'compare50.html');
      const r = await seloste(['compare', '--format', 'html', '--output', out, ...files]);
      expect(r.code).toBe(0);
      const { page, problems, screenshot } = await openReport(out, { width: 1280, height: 800 });
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      // the section matrix: 50 rows of notices, scrolled inside its box down and to the right
      const box = page.locator('.scroll').first();
      await box.scrollIntoViewIfNeeded();
      const header = box.locator('thead th').nth(3);
      const firstCol = box.locator('tbody tr').nth(40).locator('th');
      const before = await header.boundingBox();
      await box.evaluate((el) => el.scrollBy(600, 1200));
      expect(await box.evaluate((el) => [el.scrollTop > 0, el.scrollLeft > 0])).toEqual([true, true]);
      const boxRect = (await box.boundingBox())!;
      const after = (await header.boundingBox())!;
      // the header row is still at the top of its box, inside the window
      expect(after.y).toBeGreaterThanOrEqual(boxRect.y - 1);
      expect(after.y).toBeLessThanOrEqual(boxRect.y + 2);
      expect(after.y).toBeGreaterThanOrEqual(0);
      expect(after.y + after.height).toBeLessThanOrEqual(800);
      expect(Math.round(after.y)).toBe(Math.round(before!.y));
      await expect(header.isVisible()).resolves.toBe(true);
      // and the notice column at the left
      const col = (await firstCol.boundingBox())!;
      expect(Math.abs(col.x - boxRect.x)).toBeLessThanOrEqual(2);
      expect(await firstCol.innerText()).toMatch(/Yhtiö [A-Z][a-z] Oy|seloste_/);
      // a finding count opens to its findings
      const details = box.locator('details.f').first();
      await details.locator('summary').click();
      await expect(details.locator('li').first().isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      await screenshot('compare-50');
    },
  );

  it(
    'diff: what changed in substance is the first thing seen, and a moved section names its places',
    opts,
    async () => {
      const out = join(dir, 'diff-retention.html');
      const r = await seloste([
        'diff',
        '--format',
        'html',
        '--output',
        out,
        SEED['003'],
        'fixtures/diff/003_retention_changed.txt',
      ]);
      expect(r.code).toBe(0);
      const { page, problems, screenshot } = await openReport(out, { width: 1280, height: 800 });
      expect(await page.title()).toBe(
        'Tietosuojaselosteen muutokset: 003_98cc76d9ec6c475c.txt → 003_retention_changed.txt',
      );
      const box = (await page.locator('#substance').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      expect(await page.locator('#substance li').first().innerText()).toBe(
        'Säilytysaika: kymmenen (10) vuotta → kuusi (6) vuotta',
      );
      // the changed section's text keeps its paragraphs: the heading is a line of its own
      const cell = page.locator('section.changed td.body').first();
      const text = await cell.innerText();
      expect(text.split('\n')[0]).toBe('Tietojen säilytysaika');
      expect(problems).toEqual([]);
      await screenshot('diff-retention');
      const moved = join(dir, 'diff-swapped.html');
      await seloste(['diff', '--format', 'html', '--output', moved, SEED['004'], 'fixtures/diff/004_swapped.txt']);
      const swapped = await openReport(moved);
      await expect(swapped.page.locator('section.moved').count()).resolves.toBe(2);
      expect(await swapped.page.locator('p.summary').innerText()).toContain('2 siirretty');
      expect(await swapped.page.locator('section.moved').first().innerText()).toMatch(/paikka (6 → 4|4 → 6)/);
    },
  );
});
