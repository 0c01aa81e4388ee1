// The Firefox build end to end: `wxt build -b firefox` (MV2, the side panel as Firefox's sidebar
// page) in Debian's Firefox ESR over WebDriver BiDi, against the real server (offline providers,
// embedded database) and an article page on localhost: sign-up, a typed turn on the article with
// its corrections, and the popup's numbers.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressSummary } from '../../shared/api';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { buildFirefoxExtension, launchFirefoxExtension, type FirefoxExtension } from './support/firefox-extension';
import { startServer, type RunningServer } from './support/server-process';

const SHOTS = 'test-results';
const EMAIL = `firefox-${Date.now()}@example.test`;
const PASSWORD = 'correct horse battery';

let server: RunningServer;
let site: ArticleSite;
let firefox: FirefoxExtension;
let panel: Page;

const byTestId = (id: string) => `[data-testid="${id}"]`;

function count(page: Page, testId: string): Promise<number> {
  return page.$$eval(byTestId(testId), (found) => found.length);
}

function text(page: Page, testId: string): Promise<string> {
  return page.$eval(byTestId(testId), (el) => el.textContent ?? '').catch(() => '');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  buildFirefoxExtension();
  [server, site] = await Promise.all([startServer(), startArticleSite()]);
  firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
  await Promise.all([server?.stop(), site?.close()]);
});

describe('VideoEngAI in Firefox ESR', () => {
  it('signs up in the options page at the server URL typed in the field', async () => {
    const options = await firefox.openPage('options.html');
    await options.locator(byTestId('server-url')).fill(server.url);
    await options.locator(byTestId('email')).fill(EMAIL);
    await options.locator(byTestId('password')).fill(PASSWORD);
    await options.locator(byTestId('sign-up')).click();
    await options.waitForSelector(`${byTestId('signed-in-as')}, ${byTestId('auth-error')}`);
    expect(await text(options, 'auth-error')).toBe('');
    expect(await text(options, 'signed-in-as')).toContain(EMAIL);
    await options.screenshot({ path: `${SHOTS}/firefox-options.png`, fullPage: true });
    await options.close();
  });

  it('opens the sidebar page for an article, and a typed turn gets its correction and a reply', async () => {
    const article = await firefox.browser.newPage();
    // Firefox can report a page that loaded as a failed navigation (a script host it cannot
    // reach); the tab's own URL, read through the extension, is what counts.
    await article.goto(site.url('article'), { waitUntil: 'domcontentloaded' }).catch(() => null);
    const tabId = await firefox.tabIdOf(site.url('article'));

    panel = await firefox.openPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => text(panel, 'page-title'), { timeout: 30_000 }).toContain('Rooftop bees');
    await panel.waitForSelector('[data-testid="connection"][data-status="open"]', { timeout: 30_000 });
    await expect.poll(() => count(panel, 'topic')).toBeGreaterThan(0);
    await expect.poll(() => count(panel, 'message-assistant'), { timeout: 20_000 }).toBeGreaterThan(0);

    const repliesBefore = await count(panel, 'message-assistant');
    await panel.locator(byTestId('composer-input')).fill('I has visit a rooftop hive yesterday and it were amazing.');
    await panel.locator(byTestId('send-button')).click();
    await expect.poll(() => count(panel, 'message-user')).toBe(1);
    await expect.poll(() => count(panel, 'correction'), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => count(panel, 'message-assistant'), { timeout: 20_000 }).toBe(repliesBefore + 1);
    await panel.screenshot({ path: `${SHOTS}/firefox-panel.png`, fullPage: true });

    await panel.locator(byTestId('correction')).click();
    await expect.poll(() => text(panel, 'correction-explanation')).not.toBe('');
  });

  it('shows the numbers the server stored in the popup', async () => {
    const login = (await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    }).then((r) => r.json())) as { token: string; user: { id: string } };
    const summary = ProgressSummary.parse(
      await fetch(`${server.url}/api/progress/${login.user.id}`, { headers: { authorization: `Bearer ${login.token}` } }).then((r) => r.json()),
    );
    expect(summary.sessionsThisWeek).toBeGreaterThan(0);

    const popup = await firefox.openPage('popup.html');
    await expect.poll(() => text(popup, 'progress-sessions'), { timeout: 20_000 }).toBe(String(summary.sessionsThisWeek));
    expect(await text(popup, 'progress-streak')).toBe(String(summary.streak));
    await expect.poll(() => count(popup, 'weakness'), { timeout: 20_000 }).toBeGreaterThan(0);
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png`, fullPage: true });
    await popup.close();
  });
});
