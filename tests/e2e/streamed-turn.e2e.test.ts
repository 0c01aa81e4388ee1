// A streamed hands-free turn in Chromium: the fake microphone plays a recording with a
// mid-sentence pause (tests/fixtures/endpointing), the panel's Silero VAD finds the turn, and the
// panel streams it as 16 kHz PCM16 frames to a conversation socket in this test that speaks the
// protocol of a streaming server (ready.streaming, transcript.delta while audio arrives, then the
// turn's events). Everything else (sign-up, the session) goes through to the real server.
import { createServer, request, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArticleSite, type ArticleSite } from './support/article-site';
import { launchExtension, type ExtensionBrowser } from './support/extension';
import { OptionsPage, PanelPage } from './support/pages';
import { startServer, type RunningServer } from './support/server-process';

const RECORDING = 'pause-06.wav';
const FIXTURES = 'tests/fixtures/endpointing';
const { recordings } = JSON.parse(readFileSync(`${FIXTURES}/endpoints.json`, 'utf8')) as {
  recordings: { file: string; text: string; speechEndMs: number; pauses: { startMs: number; endMs: number }[] }[];
};
const fixture = recordings.find((r) => r.file === RECORDING)!;
/** The recording's leading silence (generate.ts) to the end of its last word. */
const SPEECH_MS = fixture.speechEndMs - 400;
const BYTES_PER_MS = 32; // 16 kHz, 16-bit, mono
const FINAL_TEXT = 'My favourite part of the article was about the keepers.';

interface StreamedTurn {
  clientTurnId: string;
  frames: Buffer[];
  ended: boolean;
}

/** The conversation socket of a server that takes streamed turns, recording what it is sent. */
function streamingSocket(wss: WebSocketServer, turns: StreamedTurn[]): void {
  wss.on('connection', (ws: WebSocket) => {
    let current: StreamedTurn | null = null;
    let seq = 0;
    const send = (event: object) => ws.send(JSON.stringify(event));
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        if (!current || current.ended) return;
        current.frames.push(Buffer.from(data as Buffer));
        // A caption every ~250 ms of audio: the words "heard" so far.
        if (current.frames.length % 8 === 0) {
          const words = FINAL_TEXT.split(' ').slice(0, current.frames.length / 8);
          send({ type: 'transcript.delta', text: words.join(' '), clientTurnId: current.clientTurnId });
        }
        return;
      }
      const message = JSON.parse(String(data)) as { type: string; clientTurnId?: string };
      if (message.type === 'auth') send({ type: 'ready', sessionId: 'streamed', capabilities: { stt: 'live', llm: 'offline', tts: 'offline' }, streaming: true });
      if (message.type === 'turn.stream.start') turns.push((current = { clientTurnId: message.clientTurnId!, frames: [], ended: false }));
      if (message.type === 'turn.stream.end' && current) {
        current.ended = true;
        const turnId = `turn-${turns.length}`;
        const messageId = `user-${turns.length}`;
        send({ type: 'ack', messageId, clientTurnId: current.clientTurnId, turnId, seq: seq++ });
        send({ type: 'transcript', messageId, text: FINAL_TEXT, audioUrl: null, turnId, seq: seq++ });
        send({ type: 'reply.done', messageId: `reply-${turns.length}`, text: 'The keepers sounded brave.', turnId, seq: seq++ });
        send({ type: 'turn.done', turnId, seq: seq++ });
      }
    });
  });
}

/** HTTP to the real server; the conversation socket to the test's streaming one. */
function proxy(upstream: string, wss: WebSocketServer): Promise<Server> {
  const server = createServer((req, res) => {
    const forwarded = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const rms = (frame: Buffer) => {
  const samples = new Int16Array(frame.buffer, frame.byteOffset, frame.length / 2);
  let sum = 0;
  for (const s of samples) sum += (s / 0x8000) ** 2;
  return Math.sqrt(sum / samples.length);
};

let server: RunningServer;
let site: ArticleSite;
let ext: ExtensionBrowser;
let front: Server;
let panel: PanelPage;
const wss = new WebSocketServer({ noServer: true });
const turns: StreamedTurn[] = [];

beforeAll(async () => {
  streamingSocket(wss, turns);
  [server, site] = await Promise.all([startServer(), startArticleSite()]);
  front = await proxy(server.url, wss);
  ext = await launchExtension({ fakeMicrophoneWav: `${FIXTURES}/${RECORDING}` });
});

afterAll(async () => {
  await ext?.close();
  wss.close();
  await new Promise((resolve) => (front ? front.close(resolve) : resolve(undefined)));
  await Promise.all([server?.stop(), site?.close()]);
});

describe('a streamed hands-free turn in Chromium', () => {
  it('streams 16 kHz PCM with its pre-roll while the learner speaks, shows live captions, and ends after the speech, not at its pause', async () => {
    const options = await OptionsPage.open(ext);
    await options.useServer(`http://127.0.0.1:${(front.address() as AddressInfo).port}`);
    await options.signUp(`streamer-${Date.now()}@example.test`, 'correct horse battery');
    const article = await ext.context.newPage();
    await article.goto(site.url('article'));
    const page = await ext.context.newPage();
    await page.goto(ext.pageUrl(`sidepanel.html?tab=${await ext.tabIdOf(site.url('article'))}`));
    panel = new PanelPage(page);
    await panel.waitUntilConnected();
    await panel.page.getByRole('checkbox').check();

    // While the learner speaks, the panel shows what the server hears.
    const caption = panel.page.getByTestId('live-caption');
    await expect.poll(() => caption.textContent().catch(() => ''), { timeout: 20_000 }).toContain('My favourite');

    // The microphone loops the recording and the panel may have started listening mid-sentence:
    // the turn measured is the second, which began in the silence between two playings.
    await expect.poll(() => turns.filter((turn) => turn.ended).length, { timeout: 30_000 }).toBeGreaterThan(1);
    const turn = turns[1]!;
    expect(await panel.page.getByTestId('vad-fallback').count()).toBe(0);

    // Raw PCM16 frames of 512 samples (32 ms at 16 kHz).
    expect(turn.frames.every((frame) => frame.length === 1024)).toBe(true);
    const levels = turn.frames.map(rms);
    const loudest = Math.max(...levels);
    const onset = levels.findIndex((level) => level > loudest / 10);
    // ~300 ms of the room before the first word (the pre-roll): the first syllable is not clipped.
    expect(onset).toBeGreaterThanOrEqual(5);
    expect(onset).toBeLessThanOrEqual(16);
    // The turn holds the whole sentence, past its 850 ms pause, and at 16 kHz: the pre-roll, the
    // speech and the silence that ended it (a turn ended at the pause would be shorter than the speech).
    const audioMs = turn.frames.reduce((sum, frame) => sum + frame.length, 0) / BYTES_PER_MS;
    expect(audioMs).toBeGreaterThan(SPEECH_MS + 200);
    expect(audioMs).toBeLessThan(SPEECH_MS + 320 + 1100 + 1000);

    // The final transcript replaces the caption as the learner's message.
    await expect.poll(() => panel.userMessages.filter({ hasText: 'about the keepers' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.page.getByRole('checkbox').uncheck();
    await expect.poll(() => caption.count()).toBe(0);
  });
});
