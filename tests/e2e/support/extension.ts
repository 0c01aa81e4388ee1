// Launches system Chromium with the built extension loaded and finds its id.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  pageUrl: (path: string) => string;
  /** The id of the tab showing `url`, asked through the extension's own tabs API. */
  tabIdOf: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

/** The part of the service worker's `chrome` global these helpers call. */
interface ChromeTabsGlobal {
  chrome: { tabs: { query: (query: object) => Promise<{ id?: number; url?: string }[]> } };
}

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchOptions {
  locale?: string;
  /** A WAV file Chromium's fake microphone plays (in a loop) to getUserMedia. */
  fakeMicrophoneWav?: string;
  /**
   * Sites the learner has let the extension read (host permissions). A test cannot click
   * Chrome's permission prompt, so a copy of the built extension lists them in its manifest.
   */
  grantedHosts?: string[];
}

function withGrantedHosts(hosts: readonly string[]): { dir: string; remove: () => void } {
  if (hosts.length === 0) return { dir: EXTENSION_DIR, remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'videoengai-e2e-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'videoengai-e2e-profile-'));
  const extension = withGrantedHosts(options.grantedHosts ?? []);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 420, height: 760 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extension.dir}`,
      `--load-extension=${extension.dir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      ...(options.fakeMicrophoneWav ? [`--use-file-for-fake-audio-capture=${resolve(options.fakeMicrophoneWav)}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pageUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;

  async function tabIdOf(url: string): Promise<number> {
    const id = await worker.evaluate(async (wanted) => {
      const tabs = await (globalThis as unknown as ChromeTabsGlobal).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  return {
    context,
    extensionId,
    worker,
    pageUrl,
    tabIdOf,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      extension.remove();
    },
  };
}

export async function openPage(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}
