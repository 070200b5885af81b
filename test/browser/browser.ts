/**
 * Opens an HTML report in headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser is downloaded) and collects what would go wrong for a
 * person opening it: console errors, page errors, and any request that leaves the
 * file (a self-contained report makes none). Screenshots go to test-output/browser/.
 * `.ci/run` installs chromium with apt when it is missing; a missing browser fails
 * the test, it never skips it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from '../cli/run.js';

export const SHOTS = join(REPO, 'test-output', 'browser');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error('no Chromium found: install it with `apt-get install -y --no-install-recommends chromium` (.ci/run does) or set CHROMIUM_PATH');
  }
  return found;
}

export interface Opened {
  page: Page;
  /** console errors, uncaught page errors, requests to anything but the report file */
  problems: string[];
  /** saves a full-page PNG under test-output/browser/ and returns its path */
  screenshot(name: string): Promise<string>;
}

let browser: Browser | undefined;

/** Chromium with a fresh profile (playwright makes a new temporary --user-data-dir for each launch). */
export async function startBrowser(): Promise<void> {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
}

export async function stopBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export async function openReport(file: string, viewport = { width: 1280, height: 900 }): Promise<Opened> {
  if (!browser) throw new Error('startBrowser() first');
  const context = await browser.newContext({ viewport, javaScriptEnabled: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    problems,
    async screenshot(name: string) {
      mkdirSync(SHOTS, { recursive: true });
      const path = join(SHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}
