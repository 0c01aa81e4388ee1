// The streamed voice path end to end, with nothing in between: Chromium's fake microphone plays
// a recording with a mid-sentence pause, the panel's Silero VAD opens a hands-free turn and
// streams it as PCM to the real server, which streams it on to the Scribe Realtime fake (live
// captions from its partial transcripts), takes the committed transcript, corrects it and
// answers with the tutor and voice fakes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakes, type Fakes } from '../support/fakes';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { launchExtension, type ExtensionBrowser } from './support/extension';
import { OptionsPage, PanelPage } from './support/pages';
import { startServer, type RunningServer } from './support/server-process';

/** What the Scribe fake "hears" in the recording, mistakes included. */
const HEARD = 'My favourite part of the article were about the keepers.';

let fakes: Fakes;
let server: RunningServer;
let site: ArticleSite;
let ext: ExtensionBrowser;
let panel: PanelPage;

beforeAll(async () => {
  fakes = await startFakes();
  fakes.elevenlabs.setKnobs({ realtimeTranscript: HEARD, wordsPerSecond: 4 });
  [server, site] = await Promise.all([startServer({ env: { ...fakes.env, STREAMING_STT: 'elevenlabs' } }), startArticleSite()]);
  ext = await launchExtension({ fakeMicrophoneWav: 'tests/fixtures/endpointing/pause-06.wav' });
});

afterAll(async () => {
  await ext?.close();
  await Promise.all([server?.stop(), site?.close(), fakes?.close()]);
});

describe('a streamed hands-free turn against the real server', () => {
  it('shows live captions while the learner speaks, then the committed transcript, its correction and the reply', async () => {
    const options = await OptionsPage.open(ext);
    await options.useServer(server.url);
    await options.signUp(`streamed-${Date.now()}@example.test`, 'correct horse battery');
    const article = await ext.context.newPage();
    await article.goto(site.url('article'));
    panel = await PanelPage.openForTab(ext, await ext.tabIdOf(site.url('article')));
    await panel.waitUntilConnected();
    await panel.page.getByRole('checkbox').check();

    // Captions come from the vendor's partial transcripts, before the turn is acknowledged.
    const caption = panel.page.getByTestId('live-caption');
    await expect.poll(() => caption.textContent().catch(() => ''), { timeout: 30_000 }).toContain('My favourite');

    await expect.poll(() => panel.userMessages.filter({ hasText: 'about the keepers' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.corrections.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.tutorMessages.count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await panel.page.getByRole('checkbox').uncheck();

    // The audio went over the realtime socket; no whole recording was uploaded for transcription.
    expect(fakes.elevenlabs.requests.some((r) => r.path.startsWith('/v1/speech-to-text/realtime'))).toBe(true);
    expect(fakes.elevenlabs.requests.some((r) => r.path === '/v1/speech-to-text')).toBe(false);
    expect(fakes.openai.requests.some((r) => r.path.includes('/audio/transcriptions'))).toBe(false);
  });
});
