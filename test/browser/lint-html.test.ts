/**
 * `lint --format html` opened in a real browser, as a lawyer would open the file:
 * what is visible, what is marked, that nothing fails or loads from outside, and
 * that markup inside a notice stays text. Screenshots: test-output/browser/.
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, REPO, SEED, TIMEOUT, removeDir, seloste, tempDir } from '../cli/run.js';
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

async function report(name: string, args: string[]): Promise<{ file: string; code: number }> {
  const file = join(dir, `${name}.html`);
  const r = await seloste(['lint', '--format', 'html', '--output', file, ...args]);
  expect(r.stdout).toBe('');
  return { file, code: r.code };
}

const isPng = (path: string) => statSync(path).size > 1000 && readFileSync(path).subarray(1, 4).toString() === 'PNG';

describe('lint HTML report in Chromium', () => {
  it('seed 002: summary, the finding beside its section, the passage marked', opts, async () => {
    const { file, code } = await report('seed-002', [SEED['002']]);
    expect(code).toBe(1);
    const { page, problems, screenshot } = await openReport(file);
    await expect(page.title()).resolves.toBe('Tietosuojaselosteen tarkistusraportti');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tietosuojaselosteen tarkistusraportti');
    // the summary row of the file
    const row = page.locator('table.summary tbody tr').first();
    expect(await row.locator('td').first().innerText()).toBe(SEED['002']);
    // the placeholder finding, visible, in the list beside the text
    const item = page.locator('li.finding', {
      hasText: 'Mallipohjan täyteteksti on jäänyt selosteeseen: ”s-postiosoite”',
    });
    await expect(item.isVisible()).resolves.toBe(true);
    // its passage, marked in the notice text of the same section
    const segment = page.locator('.seg', { has: item });
    const mark = segment.locator('.notice mark', { hasText: 's-postiosoite' });
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe('s-postiosoite');
    await mark.scrollIntoViewIfNeeded();
    await expect(mark.isVisible()).resolves.toBe(true);
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|transparent/);
    // following the finding's link brings the marked passage into view
    await page.evaluate(() => window.scrollTo(0, 0));
    await item.locator('a.place').click();
    expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await mark.boundingBox())!;
    // in view: an inline mark may start half a pixel above its line box (font metrics)
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(900);
    // the line number beside the passage is the finding's line
    const line = await mark.evaluate((el) => el.closest('.line')!.getAttribute('data-n'));
    expect((await item.locator('a.place').innerText()).startsWith(`rivi ${line}:`)).toBe(true);
    // a missing section is reported for the whole notice, and the rule's help is there
    await expect(
      page
        .locator('.general li.finding', { hasText: 'Selosteesta puuttuu pakollinen kohta: Rekisterinpitäjä' })
        .isVisible(),
    ).resolves.toBe(true);
    await item.locator('a.rule').click();
    const help = page.locator('dl.rules dt#rule-text-placeholder + dd');
    await expect(help.isVisible()).resolves.toBe(true);
    expect(await help.innerText()).toContain('Korvaa täyteteksti oikealla tiedolla');
    expect(await page.locator('script, img, iframe, object').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(isPng(await screenshot('lint-seed-002'))).toBe(true);
  });

  it('a notice whose text holds <script> and <img onerror> shows them as text and runs nothing', opts, async () => {
    const notice = join(dir, 'vihamielinen.txt');
    const clean = readFileSync(join(REPO, CLEAN), 'utf8').split('\n');
    clean.splice(
      3,
      0,
      'Huom: <script>window.__pwned = 1; document.title = "x"</script> ja <img src=x onerror="window.__pwned = 2"> loppu.',
    );
    writeFileSync(notice, clean.join('\n'));
    const { file } = await report('hostile', [notice]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script|<img/i);
    const { page, problems, screenshot } = await openReport(file);
    await expect(page.title()).resolves.toBe('Tietosuojaselosteen tarkistusraportti');
    const shown = page.locator('.notice .line', { hasText: 'Huom:' });
    expect(await shown.innerText()).toBe(
      'Huom: <script>window.__pwned = 1; document.title = "x"</script> ja <img src=x onerror="window.__pwned = 2"> loppu.',
    );
    await expect(shown.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(isPng(await screenshot('lint-hostile-notice'))).toBe(true);
  });

  it('a batch in English with an unreadable file: both files listed, the unreadable one said so', opts, async () => {
    const bad = join(dir, 'tyhja.pdf');
    copyFileSync(join(REPO, 'fixtures/docs/empty_zero_bytes.pdf'), bad);
    const { file, code } = await report('batch-en', ['--lang', 'en', SEED['003'], bad]);
    expect(code).toBe(2);
    const { page, problems, screenshot } = await openReport(file, { width: 700, height: 900 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Privacy notice check report');
    expect(await page.locator('table.summary tbody tr td:first-child').allInnerTexts()).toEqual([SEED['003'], bad]);
    await expect(page.getByText('The file could not be read.').isVisible()).resolves.toBe(true);
    await expect(page.locator('li.finding', { hasText: 'input/unreadable' }).isVisible()).resolves.toBe(true);
    // narrow window: the text and the findings stack instead of squeezing
    const seg = page.locator('.seg').first();
    const [text, list] = [await seg.locator('.text').boundingBox(), await seg.locator('.findings').boundingBox()];
    expect(list!.y).toBeGreaterThanOrEqual(text!.y + text!.height - 1);
    expect(problems).toEqual([]);
    expect(isPng(await screenshot('lint-batch-en-narrow'))).toBe(true);
  });

  it(
    'a phone 420 px wide: no sideways overflow, the findings list on top links to each spot; PDF and DOCX renderings',
    opts,
    async () => {
      for (const [name, notice, place] of [
        ['phone-pdf', 'fixtures/docs/003_imatra_numbered_headings.pdf', /^s\. \d+, rivi \d+$/],
        ['phone-docx', 'fixtures/docs/002_asiakasrekisteri_plain.docx', /^(\d+\. kappale|otsikko)$/],
      ] as const) {
        const { file } = await report(name, [notice]);
        const { page, problems, screenshot } = await openReport(file, { width: 420, height: 860 });
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')].filter(
            (el) => el.getBoundingClientRect().right > root.clientWidth + 1,
          );
          return {
            scroll: root.scrollWidth,
            client: root.clientWidth,
            wide: wide.slice(0, 5).map((el) => `${el.tagName}.${el.className}`),
          };
        });
        expect(overflow.wide).toEqual([]);
        expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
        // the list of findings comes before the notice text, and says where each one is
        const toc = page.locator('nav.toc').first();
        await expect(toc.isVisible()).resolves.toBe(true);
        const tocBox = (await toc.boundingBox())!;
        const firstSeg = (await page.locator('.seg').first().boundingBox())!;
        expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(firstSeg.y);
        const places = await toc.locator('a.place').allInnerTexts();
        expect(places.length).toBeGreaterThan(3);
        expect(places.filter((p) => p === 'koko seloste').length).toBeGreaterThan(0);
        expect(places.filter((p) => p !== 'koko seloste').every((p) => place.test(p))).toBe(true);
        // a link in the list brings its marked passage into view
        const link = toc.locator('a.place', { hasNotText: 'koko seloste' }).first();
        const target = (await link.getAttribute('href'))!.slice(1);
        await link.click();
        const mark = page.locator(`[id="${target}"]`);
        expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
        const box = (await mark.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(-1);
        expect(box.y).toBeLessThan(860);
        // the notice is set in a proportional font
        const font = await page
          .locator('.notice')
          .first()
          .evaluate((el) => getComputedStyle(el).fontFamily);
        expect(font).not.toMatch(/mono/i);
        expect(await page.locator('body').innerText()).not.toMatch(/normalisoitu|seloste text/);
        expect(problems).toEqual([]);
        expect(isPng(await screenshot(`lint-${name}-420`))).toBe(true);
      }
    },
  );

  it('prints on A4 without sideways overflow', opts, async () => {
    const { file } = await report('print', [SEED['002']]);
    const { page, problems } = await openReport(file, { width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(problems).toEqual([]);
  });
});
