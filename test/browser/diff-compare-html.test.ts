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
    // diff compares words with markup removed (src/diff/normalise.ts), so the tags are not shown; they must not run either
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
    const text = await page.locator('body').innerText();
    for (const s of seeds) expect(text).toContain(s.slice(s.lastIndexOf('/') + 1, s.lastIndexOf('.')));
    await expect(page.locator('table').first().isVisible()).resolves.toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    expect(problems).toEqual([]);
    await screenshot('compare-seeds');
  });
});
