// A spoken turn end to end: Chromium's fake microphone plays a WAV of a learner's sentence, the
// panel records it with MediaRecorder and streams it to the real server, which runs against the
// vendor fakes (live speech-to-text, tutor and voice). Its own browser, since the fake microphone
// is a launch flag.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWavFormat } from '../../server/media/riff-wav';
import { startFakes, type Fakes } from '../support/fakes';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { launchExtension, type ExtensionBrowser } from './support/extension';
import { OptionsPage, PanelPage } from './support/pages';
import { startServer, type RunningServer } from './support/server-process';

/** What the fake speech-to-text "hears": the sentence the WAV fixture says, errors included. */
const SPOKEN = 'I has visit a rooftop hive yesterday and it were amazing.';
const HANDS_FREE_SPOKEN = 'The bees was very calm when the keeper open the hive.';
const WAV = 'tests/fixtures/audio/spoken-turn.wav';
const SHOTS = 'test-results';
const EMAIL = `speaker-${Date.now()}@example.test`;
const PASSWORD = 'correct horse battery';

interface ChromeRuntimeGlobal {
  chrome: { runtime: { sendMessage: (message: object) => Promise<unknown> } };
}

/** Media the panel played, recorded by a wrapper around HTMLMediaElement.play. */
interface PlaybackLog {
  __playback: { src: string; ended: boolean; failed: boolean }[];
}

let fakes: Fakes;
let server: RunningServer;
let site: ArticleSite;
let ext: ExtensionBrowser;
let panel: PanelPage;
let options: OptionsPage;
let article: Page;
let sessionId = '';
const framesSent: string[] = [];

async function login(): Promise<string> {
  const answer = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  return ((await answer.json()) as { token: string }).token;
}

function sentMessages(type: string): number {
  return framesSent.filter((frame) => (JSON.parse(frame) as { type: string }).type === type).length;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fakes = await startFakes();
  fakes.openai.setKnobs({ transcript: SPOKEN });
  fakes.elevenlabs.setKnobs({ secondsPerCharacter: 0.03 });
  // The recorded path (MediaRecorder, whole recordings): streaming off, as on a server whose
  // vendors have no realtime socket; streamed-voice.e2e.test.ts drives the streamed path.
  [server, site] = await Promise.all([startServer({ env: { ...fakes.env, STREAMING_STT: 'off' } }), startArticleSite()]);
  ext = await launchExtension({ fakeMicrophoneWav: WAV });
  await ext.context.addInitScript(() => {
    const log: PlaybackLog['__playback'] = [];
    (window as unknown as PlaybackLog).__playback = log;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const entry = { src: this.src, ended: false, failed: false };
      log.push(entry);
      this.addEventListener('ended', () => (entry.ended = true));
      this.addEventListener('error', () => (entry.failed = true));
      return play.call(this);
    };
  });
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([server?.stop(), site?.close(), fakes?.close()]);
});

describe('a spoken turn in Chromium against the vendor fakes', () => {
  it('connects a panel whose server transcribes speech live', async () => {
    options = await OptionsPage.open(ext);
    await options.useServer(server.url);
    await options.signUp(EMAIL, PASSWORD);
    article = await ext.context.newPage();
    await article.goto(site.url('article'));
    const page = await ext.context.newPage();
    page.on('websocket', (socket) => {
      sessionId = decodeURIComponent(new URL(socket.url()).pathname.split('/').at(-1) ?? '');
      // Only text frames: Chromium does not report the binary (Blob) audio frames to the test.
      socket.on('framesent', ({ payload }) => typeof payload === 'string' && framesSent.push(payload));
    });
    await page.goto(ext.pageUrl(`sidepanel.html?tab=${await ext.tabIdOf(site.url('article'))}`));
    panel = new PanelPage(page);
    await panel.waitUntilConnected();
    await expect.poll(() => panel.page.locator('[data-testid="mic-button"]:enabled').count()).toBe(1);
    await expect.poll(() => panel.tutorMessages.count()).toBeGreaterThan(0);
  });

  it('records while the mic is held, and shows the transcript, its correction and the spoken reply', async () => {
    const repliesBefore = await panel.tutorMessages.count();
    await panel.holdMicFor(3000);

    expect(sentMessages('turn.audio.start')).toBe(1);
    await expect.poll(() => sentMessages('turn.audio.end')).toBe(1);
    expect(sentMessages('turn.text')).toBe(0);

    await expect.poll(() => panel.userMessages.first().getAttribute('data-pending'), { timeout: 20_000 }).toBeNull();
    await expect.poll(() => panel.userMessages.first().textContent()).toContain('rooftop hive yesterday');
    await expect.poll(() => panel.corrections.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.tutorMessages.count(), { timeout: 20_000 }).toBe(repliesBefore + 1);
    await expect.poll(() => panel.tutorMessages.last().textContent(), { timeout: 20_000 }).toContain('really interesting point');
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 10_000 }).toBe('true');
    await panel.page.screenshot({ path: `${SHOTS}/panel-spoken-turn.png`, fullPage: true });
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 60_000 }).toBe('false');

    // The reply's sentences played as the server's audio, to their end, not by a fallback.
    const playback = await panel.page.evaluate(() => (window as unknown as PlaybackLog).__playback);
    const played = playback.filter((entry) => entry.src.startsWith('blob:'));
    expect(played.length).toBeGreaterThanOrEqual(3);
    expect(played.every((entry) => entry.ended && !entry.failed)).toBe(true);

    // What reached speech-to-text is the panel's WebM recording (its EBML header names the format).
    const transcriptions = fakes.openai.requests.filter((request) => request.path === '/v1/audio/transcriptions');
    expect(transcriptions).toHaveLength(1);
    expect(transcriptions[0]!.body.includes(Buffer.from('webm'))).toBe(true);
    expect(transcriptions[0]!.body.length).toBeGreaterThan(10_000);

    const token = await login();
    const messages = (await fetch(`${server.url}/api/conversations/sessions/${sessionId}/conversations`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json())) as { items: { role: string; content: string; audioUrl: string | null }[] };
    const spoken = messages.items.find((m) => m.role === 'user');
    expect(spoken).toMatchObject({ content: SPOKEN });
    expect(spoken?.audioUrl).toBeTruthy();
  });

  it('hands-free: speaking while the tutor talks interrupts it, and silence ends the turn', async () => {
    fakes.openai.setKnobs({ transcript: HANDS_FREE_SPOKEN });
    await panel.type('Tell me more about the bees, please.');
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 20_000 }).toBe('true');
    const startsBefore = sentMessages('turn.audio.start');
    const handsFree = panel.page.getByRole('checkbox');
    await handsFree.check();
    const interruptedAt = Date.now();
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 5_000 }).toBe('false');
    // The reply is ~10 s of audio: it stopped because the learner spoke, not because it ended.
    expect(Date.now() - interruptedAt).toBeLessThan(5_000);
    await expect.poll(() => sentMessages('turn.audio.start'), { timeout: 10_000 }).toBeGreaterThan(startsBefore);
    await expect.poll(() => sentMessages('turn.audio.end'), { timeout: 15_000 }).toBeGreaterThan(1);
    // The turn was found by Silero VAD, not by the energy detector it falls back to.
    expect(await panel.page.getByTestId('vad-fallback').count()).toBe(0);
    await handsFree.uncheck();
    await expect
      // 'keeper open' is itself corrected inline (opens), so match words the correction leaves alone.
      .poll(() => panel.userMessages.filter({ hasText: 'calm when the keeper' }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
  });

  it('offers the rendered avatar video of a reply as "Watch" on the message and plays it only when asked', async () => {
    await options.page.getByTestId('avatar').selectOption('video-when-ready');
    const token = await login();
    const renderedVideos = async () => {
      const messages = (await fetch(`${server.url}/api/conversations/sessions/${sessionId}/conversations`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.json())) as { items: { role: string; videoUrl: string | null }[] };
      return messages.items.filter((m) => m.role === 'assistant' && m.videoUrl?.startsWith(fakes.did.url)).length;
    };
    const videosBefore = await renderedVideos();
    await panel.type('What do the keepers do in winter?');
    await expect.poll(renderedVideos, { timeout: 30_000 }).toBeGreaterThan(videosBefore);
    // The animated avatar speaks the reply once; the rendered video of the same words stays quiet.
    await expect.poll(() => panel.avatarSpeaking(), { timeout: 60_000 }).toBe('false');
    await panel.page.waitForTimeout(1500);
    const anyVideoPlayed = () =>
      panel.page.evaluate(() => [...document.querySelectorAll('video')].some((el) => !el.paused || el.currentTime > 0 || el.ended));
    expect(await panel.page.getByTestId('avatar-video').count()).toBe(0);
    expect(await anyVideoPlayed()).toBe(false);

    const watch = panel.tutorMessages.last().getByTestId('watch-video');
    await watch.waitFor({ timeout: 10_000 });
    expect(await watch.getAttribute('aria-pressed')).toBe('false');
    await watch.focus();
    await panel.page.keyboard.press('Enter');
    const video = panel.page.getByTestId('avatar-video');
    await video.waitFor();
    expect(await video.getAttribute('src')).toContain(fakes.did.url);
    await expect
      .poll(() => video.evaluate((el: HTMLVideoElement) => el.error === null && (el.currentTime > 0 || el.ended)), { timeout: 15_000 })
      .toBe(true);
    expect(await panel.avatarSpeaking()).toBe('false');
    // When it has played, the animated avatar is back and the reply still offers it.
    await expect.poll(() => video.count(), { timeout: 15_000 }).toBe(0);
    expect(await watch.getAttribute('aria-pressed')).toBe('false');

    await options.page.getByTestId('avatar').selectOption('animated');
    await expect.poll(() => watch.count()).toBe(0);
  });

  it("says a practice phrase into the microphone: Azure scores the panel's 16 kHz WAV word by word", async () => {
    const phrase = 'pollinating flowers';
    fakes.openai.setKnobs({ transcript: phrase });
    fakes.azure.setKnobs({ mispronounced: ['pollinating'] });
    const tabId = await ext.tabIdOf(site.url('article'));
    await article.evaluate((wanted) => {
      const text = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(wanted))!.firstChild!;
      const start = text.textContent!.indexOf(wanted);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, phrase);
    await panel.page.evaluate(
      ({ tabId, text }) =>
        (globalThis as unknown as ChromeRuntimeGlobal).chrome.runtime.sendMessage({ id: 1, type: 'requestPractice', data: { tabId, text }, timestamp: Date.now() }),
      { tabId, text: phrase },
    );
    const say = panel.page.getByTestId('practice-say');
    await expect.poll(() => say.isEnabled(), { timeout: 10_000 }).toBe(true);
    // The phrase's meaning was asked for as used in its sentence, on a page with that title.
    const meaningAsked = fakes.openai.requests.map((request) => request.body.toString()).find((body) => body.includes('<phrase>pollinating flowers'));
    expect(meaningAsked).toContain('Supporters say the bees help gardens and parks by pollinating flowers, fruit trees and vegetables.');
    expect(meaningAsked).toContain('Rooftop bees: are cities keeping too many hives? | City Science Daily');
    await say.click();
    await expect.poll(() => say.getAttribute('aria-pressed')).toBe('true');
    await panel.page.waitForTimeout(2000);
    // Headless Chromium's recognizer hears nothing: the second press stops, the server transcribes.
    if ((await say.getAttribute('aria-pressed')) === 'true') await say.click();
    await expect.poll(() => panel.page.getByTestId('practice-word').count(), { timeout: 20_000 }).toBe(2);
    expect(await panel.page.getByTestId('practice-word').first().getAttribute('data-error')).toBe('mispronunciation');

    const scored = fakes.azure.requests.at(-1)!;
    expect(scored.headers['content-type']).toBe('audio/wav; codecs=audio/pcm; samplerate=16000');
    expect(readWavFormat(scored.body)).toEqual({ audioFormat: 1, channels: 1, sampleRate: 16_000, byteRate: 32_000, bitsPerSample: 16 });
    // About two seconds of the fake microphone, resampled to 16 kHz (32 000 bytes a second).
    expect(scored.body.length).toBeGreaterThan(44 + 32_000);
    await panel.page.screenshot({ path: `${SHOTS}/practice-card-spoken.png`, fullPage: true });
  });
});
