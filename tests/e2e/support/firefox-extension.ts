// The Firefox build (`wxt build -b firefox`, MV2 in .output/firefox-mv2, beside the Chromium
// build) installed temporarily in Debian's Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi. BiDi will not navigate a tab to moz-extension:// itself, so the test copy of the manifest
// gets a fixed add-on id (mapped to a fixed internal UUID by a pref) and lists the extension's
// pages as web-accessible, and a local page links to them: a click opens them like a learner's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from './firefox';

export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'videoengai-e2e@example.test';
const ADDON_UUID = '6f1c1f7e-2a55-4c3b-9d0e-5e7a1b2c3d4e';
const EXTENSION_PAGES = ['options.html', 'sidepanel.html', 'popup.html'];
const PAGE_RENDER_TIMEOUT_MS = 15_000;
const OPEN_ATTEMPTS = 3;
const WELCOME_WAIT_MS = 10_000;

/** The part of an extension page's `browser` global these helpers call. */
interface BrowserTabsGlobal {
  browser: { tabs: { query: (query: object) => Promise<{ id?: number; url?: string }[]> } };
}

export interface FirefoxExtension {
  browser: Browser;
  /** Opens an extension page (e.g. `sidepanel.html?tab=3`) in a new tab, through a link. */
  openPage: (path: string) => Promise<Page>;
  /** The id of the tab showing `url`, asked through the extension's own tabs API. */
  tabIdOf: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

/** NODE_ENV is forced: vitest sets it to "test", which would bundle React's development build. */
export function buildFirefoxExtension(): void {
  execFileSync('node_modules/.bin/wxt', ['build', '-b', 'firefox'], {
    stdio: 'pipe',
    env: { ...process.env, NO_COLOR: '1', NODE_ENV: 'production' },
  });
}

/** A copy of the build with the test-only manifest additions; the build itself stays as shipped. */
function testCopyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'videoengai-e2e-firefox-ext-'));
  cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.browser_specific_settings = { gecko: { id: ADDON_ID } };
  manifest.web_accessible_resources = EXTENSION_PAGES;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** A local page holding one link, to the extension page named in `?to=`. */
async function startLinkPage(): Promise<{ url: (to: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const to = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('to') ?? '';
    const href = to.startsWith(`moz-extension://${ADDON_UUID}/`) ? to.replace(/"/g, '&quot;') : 'about:blank';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><a id="open" href="${href}">open</a>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (to) => `http://127.0.0.1:${port}/?to=${encodeURIComponent(to)}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * The add-on opens its welcome page when it is installed (background/welcome.ts): waited for, so
 * that it does not open later on top of a page a test is using. Not there within WELCOME_WAIT_MS,
 * the tests go on (openPage brings each page to the front anyway).
 */
async function welcomeTabOpened(browser: Browser): Promise<void> {
  const until = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < until) {
    const pages = await browser.pages();
    if (pages.some((page) => page.url().endsWith('/welcome.html'))) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const executablePath = ensureFirefox();
  const extensionDir = testCopyOfBuild();
  const links = await startLinkPage();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  await browser.installExtension(extensionDir);
  await welcomeTabOpened(browser);

  async function openPageOnce(path: string): Promise<Page> {
    const page = await browser.newPage();
    try {
      // In front: the add-on opens its welcome tab when it is installed, and when that tab opened
      // after this one, this one stayed in the background, where Firefox runs no animation frames,
      // so puppeteer's locators (which wait for two frames of a stable box) timed out on it.
      await page.bringToFront();
      await page.goto(links.url(`moz-extension://${ADDON_UUID}/${path}`));
      await page.click('#open');
      // Puppeteer keeps reporting the link page's URL after this navigation: wait for the page itself,
      // rendered (a tab opened right after the add-on was installed sometimes never rendered its app).
      await page.waitForFunction(
        (wanted) => location.href === wanted && document.readyState === 'complete' && document.querySelector('[data-testid]') !== null,
        { timeout: PAGE_RENDER_TIMEOUT_MS },
        `moz-extension://${ADDON_UUID}/${path}`,
      );
      await page.bringToFront();
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  /** Opens the page, in a fresh tab again when one did not render (at most OPEN_ATTEMPTS). */
  async function openPage(path: string): Promise<Page> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await openPageOnce(path);
      } catch (error) {
        if (attempt >= OPEN_ATTEMPTS) throw error;
      }
    }
  }

  let tabsPage: Page | null = null;
  async function tabIdOf(url: string): Promise<number> {
    tabsPage ??= await openPage('popup.html');
    // `tabs.query({ url })` finds nothing when the URL has a port (match patterns have none) in Firefox.
    const id = await tabsPage.evaluate(async (wanted) => {
      const tabs = await (globalThis as unknown as BrowserTabsGlobal).browser.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  return {
    browser,
    openPage,
    tabIdOf,
    async close() {
      await browser.close();
      await links.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
