// Material beyond articles, end to end: the built extension in system Chromium, the real server
// (offline tutor), a YouTube watch page as YouTube serves it (answered by the browser context
// itself, see support/youtube-site.ts) and real PDFs on a local site.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SessionView, listOf } from '../../shared/api';
import { launchExtension, type ExtensionBrowser } from './support/extension';
import { OptionsPage, PanelPage } from './support/pages';
import { startPdfSite, type PdfSite } from './support/pdf-site';
import { startServer, type RunningServer } from './support/server-process';
import { BEE_VIDEO, KOREAN_ONLY_VIDEO, routeYouTube, watchUrl, type YouTubeRoutes } from './support/youtube-site';

const SHOTS = 'test-results';
const EMAIL = `material-${Date.now()}@example.test`;
const PASSWORD = 'correct horse battery';

let server: RunningServer;
let pdfs: PdfSite;
let ext: ExtensionBrowser;
let youtube: YouTubeRoutes;

async function panelFor(url: string): Promise<{ tab: Page; panel: PanelPage }> {
  const tab = await ext.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const panel = await PanelPage.openForTab(ext, await ext.tabIdOf(url));
  return { tab, panel };
}

async function sessionsOfLearner(): Promise<SessionView[]> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  }).then((r) => r.json() as Promise<{ token: string; user: { id: string } }>);
  const list = await fetch(`${server.url}/api/users/${login.user.id}/sessions`, { headers: { authorization: `Bearer ${login.token}` } }).then((r) => r.json());
  return listOf(SessionView).parse(list).items;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, pdfs] = await Promise.all([startServer(), startPdfSite()]);
  ext = await launchExtension({ grantedHosts: ['https://www.youtube.com/*'] });
  youtube = await routeYouTube(ext.context);
  const options = await OptionsPage.open(ext);
  await options.useServer(server.url);
  await options.signUp(EMAIL, PASSWORD);
  await options.page.close();
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([server?.stop(), pdfs?.close()]);
});

describe('talking about a YouTube video', () => {
  let tab: Page;
  let panel: PanelPage;

  it('takes the English captions written by a person, and shows title, channel and topics', async () => {
    ({ tab, panel } = await panelFor(watchUrl(BEE_VIDEO)));
    await expect.poll(() => panel.page.getByTestId('material-kind').textContent()).toBe('video');
    await expect.poll(() => panel.title.textContent()).toBe('How honey bees talk');
    await expect.poll(() => panel.page.getByTestId('transcript-line').count()).toBe(9);
    const details = await panel.page.getByTestId('material-details').textContent();
    expect(details).toContain('Nature Now');
    expect(details).toContain('Captions: English');
    expect(details).not.toContain('auto-generated');
    expect(youtube.captionRequests).toEqual([`${BEE_VIDEO} en json3`]);
    await panel.waitUntilConnected();
    await expect.poll(() => panel.topics.count()).toBeGreaterThan(0);
    expect(await panel.topics.allTextContents()).toEqual(expect.arrayContaining(['dance', 'flowers']));
  });

  it("opens with the tutor pointing at a moment of the video", async () => {
    await expect.poll(() => panel.tutorMessages.count()).toBeGreaterThan(0);
    const opening = await panel.tutorMessages.first().textContent();
    expect(opening).toContain('"How honey bees talk" from Nature Now');
    expect(opening).toMatch(/At 0:\d\d, you can hear: "/);
    await panel.page.screenshot({ path: `${SHOTS}/panel-video.png`, fullPage: true });
  });

  it('seeks the video to a caption line that is clicked', async () => {
    const line = panel.page.getByTestId('transcript-line').filter({ hasText: 'The longer the dance lasts' });
    expect(await line.textContent()).toMatch(/^0:21/);
    // Beside the side panel the video's tab is visible; Chromium defers media in hidden tabs.
    await tab.bringToFront();
    await expect.poll(() => tab.evaluate(() => document.querySelector('video')!.readyState)).toBeGreaterThan(0);
    await line.click();
    await expect.poll(() => tab.evaluate(() => document.querySelector('video')!.currentTime)).toBeCloseTo(21.2, 1);
  });

  it('opens the practice card with a caption line as the phrase', async () => {
    const row = panel.page.locator('li', { has: panel.page.getByTestId('transcript-line').filter({ hasText: "It's called the waggle dance." }) });
    await row.getByTestId('practice-line').click();
    await panel.practiceCard.waitFor();
    await expect.poll(() => panel.page.getByTestId('practice-phrase').textContent()).toContain("It's called the waggle dance.");
  });

  it('records the session as a video with its id', async () => {
    const sessions = await sessionsOfLearner();
    expect(sessions.find((s) => s.pageUrl === watchUrl(BEE_VIDEO))).toMatchObject({ materialKind: 'video', videoId: BEE_VIDEO, materialAuthor: 'Nature Now' });
    const popup = await ext.context.newPage();
    await popup.goto(ext.pageUrl('popup.html'));
    await expect.poll(() => popup.locator('[data-testid="recent-session"][data-kind="video"]').allTextContents(), { timeout: 20_000 }).toContainEqual(expect.stringContaining('How honey bees talk'));
    await popup.close();
    await Promise.all([panel.page.close(), tab.close()]);
  });

  it('says so when a video has no English captions and offers to talk about its title', async () => {
    const korean = await panelFor(watchUrl(KOREAN_ONLY_VIDEO));
    await expect.poll(() => korean.panel.page.getByTestId('material-kind').textContent()).toBe('video');
    await expect.poll(() => korean.panel.page.getByTestId('material-note').textContent()).toContain('no English captions');
    expect(await korean.panel.page.getByTestId('transcript-line').count()).toBe(0);
    await expect.poll(() => korean.panel.tutorMessages.first().textContent(), { timeout: 30_000 }).toContain('has no English captions');
    expect(youtube.captionRequests.some((r) => r.startsWith(KOREAN_ONLY_VIDEO))).toBe(false);
    await Promise.all([korean.panel.page.close(), korean.tab.close()]);
  });
});

describe('talking about a PDF', () => {
  it('reads the pages around #page=N with pdf.js and names the document by its Title', async () => {
    const { tab, panel } = await panelFor(pdfs.url('city-bikes.pdf#page=3'));
    await expect.poll(() => panel.page.getByTestId('material-kind').textContent(), { timeout: 30_000 }).toBe('pdf');
    await expect.poll(() => panel.title.textContent()).toBe('Electric bikes in small cities');
    expect(await panel.page.getByTestId('material-details').textContent()).toContain('Pages 2–4 of 4');
    await panel.waitUntilConnected();
    await expect.poll(() => panel.topics.count()).toBeGreaterThan(0);
    await expect.poll(() => panel.tutorMessages.count()).toBeGreaterThan(0);
    expect(await panel.tutorMessages.first().textContent()).toContain('the document "Electric bikes in small cities"');
    await panel.page.screenshot({ path: `${SHOTS}/panel-pdf.png`, fullPage: true });
    const session = (await sessionsOfLearner()).find((s) => s.pageUrl.startsWith(pdfs.url('city-bikes.pdf')));
    expect(session?.materialKind).toBe('pdf');
    await Promise.all([panel.page.close(), tab.close()]);
  });

  it('says so when a PDF has no text (a scan)', async () => {
    const { tab, panel } = await panelFor(pdfs.url('scanned.pdf'));
    await expect.poll(() => panel.page.getByTestId('material-note').textContent(), { timeout: 30_000 }).toContain('no text');
    expect(await panel.page.getByTestId('material-kind').textContent()).toBe('pdf');
    await expect.poll(() => panel.title.textContent()).toBe('Scanned receipt');
    await Promise.all([panel.page.close(), tab.close()]);
  });
});
