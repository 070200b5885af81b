/**
 * Opens an HTML report in headless Chromium and collects what would go wrong for a
 * person opening it: console errors, page errors, and any request that leaves the
 * file (a self-contained report makes none). Screenshots go to test-output/browser/.
 *
 * The browser is the one the npm package @sparticuz/chromium ships inside itself (a
 * devDependency: `npm install` is all the set-up, no apt package, nothing downloaded).
 * Its Brotli-packed binary is unpacked once per version into
 * node_modules/.cache/seloste-chromium-<version>/ (a temporary folder renamed into place,
 * so test files starting together never see half a binary). A system Chromium is used
 * only when CHROMIUM_PATH names one. A browser that cannot start fails the test, it
 * never skips it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from '../cli/run.js';

export const SHOTS = join(REPO, 'test-output', 'browser');

/** Flags for headless Chromium in a container (also as root): no sandbox, no zygote, no network chatter. */
const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

interface Found {
  executablePath: string;
  /** FONTCONFIG_PATH for the packaged browser (its own fonts); none for a system Chromium */
  env: Record<string, string>;
}

/** CHROMIUM_PATH when set (it must exist), else the npm package's Chromium, unpacked on first use. */
export async function findChromium(): Promise<Found> {
  const system = process.env.CHROMIUM_PATH;
  if (system) {
    if (!existsSync(system)) throw new Error(`CHROMIUM_PATH=${system}: no such file`);
    return { executablePath: system, env: {} };
  }
  const dir = await unpackChromium();
  return { executablePath: join(dir, 'chromium'), env: { FONTCONFIG_PATH: join(dir, 'fonts') } };
}

async function unpackChromium(): Promise<string> {
  const pkg = join(REPO, 'node_modules', '@sparticuz', 'chromium');
  if (!existsSync(join(pkg, 'package.json'))) {
    throw new Error(
      '@sparticuz/chromium is not installed: run `npm install` (it is a devDependency), or set CHROMIUM_PATH to a Chromium',
    );
  }
  const version: string = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  const dir = join(REPO, 'node_modules', '.cache', `seloste-chromium-${version}`);
  if (existsSync(join(dir, 'chromium'))) return dir;
  // The package unpacks into os.tmpdir(), which reads TMPDIR on each call: a private folder, renamed when complete.
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    await packaged.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  // Its fonts.conf names /tmp/fonts; ours names the fonts where they are.
  writeFileSync(
    join(staging, 'fonts', 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another test file unpacked it first
  }
  if (!existsSync(join(dir, 'chromium'))) throw new Error(`could not unpack @sparticuz/chromium into ${dir}`);
  return dir;
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
  const { executablePath, env } = await findChromium();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ARGS,
    env: { ...process.env, ...env } as Record<string, string>,
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
