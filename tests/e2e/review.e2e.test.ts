// The learning loop end to end: the built extension in system Chromium against the real server
// (offline providers, embedded database). A learner makes the same mistake in two sessions, sees it
// marked "again", drills it from the notebook, and finds it in the popup and the progress page.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { launchExtension, type ExtensionBrowser } from './support/extension';
import { OptionsPage, PanelPage } from './support/pages';
import { PopupPage, ReviewPanel } from './support/review-pages';
import { startServer, type RunningServer } from './support/server-process';

/** The extension page's `chrome` global, as far as this test calls it. */
interface ChromeRuntimeGlobal {
  chrome: { runtime: { sendMessage: (message: object) => Promise<unknown> } };
}

const SHOTS = 'test-results';
const EMAIL = `review-${Date.now()}@example.test`;
const PASSWORD = 'correct horse battery';

let server: RunningServer;
let site: ArticleSite;
let ext: ExtensionBrowser;
let tabId: number;
let panel: PanelPage;
let review: ReviewPanel;

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Opens a fresh panel on the article tab (a new tutor session) and waits for the tutor. */
async function openSession(): Promise<void> {
  panel = await PanelPage.openForTab(ext, tabId);
  review = new ReviewPanel(panel.page);
  await panel.waitUntilConnected();
  await expect.poll(() => panel.tutorMessages.count()).toBeGreaterThan(0);
}

/** Sends a typed turn and waits until the tutor has answered it. */
async function say(text: string): Promise<void> {
  const replies = await panel.tutorMessages.count();
  await panel.type(text);
  await expect.poll(() => panel.tutorMessages.count(), { timeout: 20_000 }).toBe(replies + 1);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, site] = await Promise.all([startServer(), startArticleSite()]);
  ext = await launchExtension();
  const options = await OptionsPage.open(ext);
  await options.typeServerUrl(server.url);
  await options.signUp(EMAIL, PASSWORD);
  await options.page.close();
  const article = await ext.context.newPage();
  await article.goto(site.url('article'));
  tabId = await ext.tabIdOf(site.url('article'));
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([server?.stop(), site?.close()]);
});

describe('the learning loop in Chromium', () => {
  it('corrects a first mistake without calling it a repeat', async () => {
    await openSession();
    await say('I enjoyed to read it.');
    await expect.poll(() => panel.corrections.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await panel.corrections.first().textContent()).toContain('enjoyed reading');
    expect(await review.againCorrections.count()).toBe(0);
  });

  it('marks the same mistake in a later session as made again', async () => {
    await panel.page.close();
    await openSession();
    await say('She enjoys to swim.');
    await expect.poll(() => review.againCorrections.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => review.againLinks.first().textContent()).toMatch(/again/);
    await screenshot(panel.page, 'review-again');
  });

  it('drills that item from the "again" mark: plays the model, takes the typed sentence, rates it and says when it comes back', async () => {
    await review.againLinks.first().click();
    const drill = review.drill;
    await drill.waitUntilReady();
    // The learner's own sentence beside the corrected form of it (the latest time they made the mistake).
    expect(await drill.ownSentence()).toContain('She enjoys to swim.');
    await drill.playModel();
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 10_000 }).toBe('true');
    const model = await drill.model();
    expect(model).toBe('She enjoys swimming.');
    await drill.answer(model);
    await expect.poll(() => drill.result.getAttribute('data-rating'), { timeout: 10_000 }).toBe('easy');
    await expect.poll(() => drill.nextDue.textContent()).toMatch(/Next review (in \d+ days|tomorrow)/);
    await screenshot(panel.page, 'review-drill');
    await panel.page.keyboard.press('Escape');
    await expect.poll(() => drill.card.count()).toBe(0);
  });

  it('counts a saved phrase to review at once, drills it from the count, and the count goes down', async () => {
    // A mistake is first due the next day (the notebook schedules in days); a phrase saved with
    // highlight-to-practice is due at once. The keyboard shortcut's path: the background reads the
    // selection from the tab.
    const article = ext.context.pages().find((page) => page.url() === site.url('article'))!;
    await article.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('pollinating flowers'))!;
      const text = paragraph.firstChild!;
      const start = text.textContent!.indexOf('pollinating flowers');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'pollinating flowers'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const dueBefore = await review.due();
    await panel.page.evaluate(
      ({ tabId }) =>
        (globalThis as unknown as ChromeRuntimeGlobal).chrome.runtime.sendMessage({ id: 1, type: 'practiceSelection', data: { tabId }, timestamp: Date.now() }),
      { tabId },
    );
    await panel.practiceCard.waitFor();
    await expect.poll(() => review.due(), { timeout: 10_000 }).toBe(dueBefore + 1);

    await review.count.click();
    const drill = review.drill;
    await drill.waitUntilReady();
    expect(await drill.phrase()).toBe('pollinating flowers');
    await drill.playModel();
    await drill.answer('pollinating flowers');
    await expect.poll(() => drill.result.getAttribute('data-rating'), { timeout: 10_000 }).toBe('easy');
    await expect.poll(() => review.due(), { timeout: 10_000 }).toBe(dueBefore);
  });

  it('shows the review count, the level estimate and the weekly chart in the popup', async () => {
    const popup = await PopupPage.open(ext);
    await expect.poll(() => popup.levelEstimate.textContent(), { timeout: 10_000 }).toMatch(/based on \d+ words/);
    await expect.poll(() => popup.progressChart.getAttribute('data-points')).toMatch(/^[1-9]/);
    await expect.poll(() => popup.reviewCount.textContent()).toMatch(/^\d+$/);
    await screenshot(popup.page, 'popup-learning');
    await popup.page.close();
  });

  it('opens the progress page with its charts and exports the notebook as CSV', async () => {
    const popup = await PopupPage.open(ext);
    const opened = ext.context.waitForEvent('page');
    await popup.progressLink.click();
    const progress = await opened;
    await progress.waitForLoadState();
    for (const chart of ['progress-chart', 'progress-chart-types', 'progress-chart-notebook', 'progress-chart-minutes']) {
      await progress.getByTestId(chart).waitFor();
    }
    const download = progress.waitForEvent('download');
    await progress.getByTestId('export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^videoengai-notebook-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await file.path())!, 'utf8')).toMatch(/enjoy/i);
    await screenshot(progress, 'progress-page');
    await progress.close();
  });
});
