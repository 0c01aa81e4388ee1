// The benchmark learner of bench:profile and bench:capacity: signs up, opens a session and its
// socket, and takes spoken turns (1.5 s of speech, as a recording or streamed), telling a turn that went through (with its
// time to first audio), one the server refused before the ack because it was busy, and one that
// failed. Lighter than the test client (no schema check of every event): at hundreds of sessions
// the client shares the machine's cores with the server it measures.
import WebSocket from 'ws';
import { sinePcm16, wavFile } from '../fakes/audio';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';

/** How long the benchmark learner speaks each turn. */
export const SPEECH_SEC = 1.5;
const PCM = sinePcm16(SPEECH_SEC, 16_000);
const RECORDING = wavFile(PCM, 16_000);
/** 512 samples (32 ms), the frame the panel's voice detector works on and sends. */
const FRAME_BYTES = 1024;
export const FRAME_MS = 32;
/** The speech as the panel streams it, frame by frame. */
export const SPEECH_FRAMES: readonly Uint8Array[] = Array.from({ length: Math.ceil(PCM.length / FRAME_BYTES) }, (_, i) => PCM.subarray(i * FRAME_BYTES, (i + 1) * FRAME_BYTES));
/** One frame of silence. */
export const SILENCE_FRAME = new Uint8Array(FRAME_BYTES);
const TURN_TIMEOUT_MS = 120_000;

export type TurnOutcome =
  | { kind: 'ok'; ttfaMs: number }
  | { kind: 'busy'; retryAfterSec: number | undefined }
  | { kind: 'error'; reason: string };

export interface Learner {
  ws: WebSocket;
  close(): void;
}

async function post(url: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

let learnerCounter = 0;

/** A signed-up learner with an open, authenticated conversation socket. */
export async function openLearner(url: string): Promise<Learner> {
  const email = `bench-${process.pid}-${Date.now()}-${++learnerCounter}@example.com`;
  const { token } = (await post(url, '/api/auth/register', { email, password: 'benchmark-password' })) as { token: string };
  const session = (await post(url, '/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token)) as { id: string };
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws/conversation/${session.id}`);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no ready within 60 s')), 60_000);
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'auth', token })));
    const onMessage = (data: Buffer, isBinary: boolean) => {
      if (isBinary || !data.includes('"type":"ready"')) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve();
    };
    ws.on('message', onMessage);
  });
  return { ws, close: () => ws.close() };
}

/** Opens `count` learners, a few at a time (sign-up hashes a password). */
export async function openLearners(url: string, count: number, parallel = 20): Promise<Learner[]> {
  const learners: Learner[] = [];
  for (let i = 0; i < count; i += parallel) {
    learners.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, () => openLearner(url)))));
  }
  return learners;
}

/**
 * How a turn is spoken: `batch` sends the whole recording after the speech; `streamed` (the panel's
 * default with a streaming vendor) sends its PCM frames in real time while the learner speaks.
 */
export type TurnPath = 'batch' | 'streamed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Sends the whole recording (turn.audio.*); resolves at its end, when time to first audio starts. */
export function sendRecording(ws: WebSocket): number {
  ws.send(JSON.stringify({ type: 'turn.audio.start', mimeType: 'audio/wav' }));
  for (let i = 0; i < RECORDING.length; i += 16_384) ws.send(RECORDING.subarray(i, i + 16_384));
  const endedAt = performance.now();
  ws.send(JSON.stringify({ type: 'turn.audio.end' }));
  return endedAt;
}

/** Sends frames in real time: each one leaves when its 32 ms of audio has been captured. */
export async function sendInRealTime(ws: WebSocket, frames: readonly Uint8Array[]): Promise<void> {
  const startedAt = performance.now();
  for (const [index, frame] of frames.entries()) {
    await sleep(startedAt + (index + 1) * FRAME_MS - performance.now());
    if (ws.readyState !== ws.OPEN) return;
    ws.send(frame);
  }
}

/** Sends the turn's audio; resolves at the end of the turn (when time to first audio starts). */
async function sendSpeech(ws: WebSocket, path: TurnPath): Promise<number> {
  if (path === 'batch') return sendRecording(ws);
  ws.send(JSON.stringify({ type: 'turn.stream.start', format: 'pcm16le-16k-mono' }));
  await sendInRealTime(ws, SPEECH_FRAMES);
  const endedAt = performance.now();
  ws.send(JSON.stringify({ type: 'turn.stream.end' }));
  return endedAt;
}

/** One spoken turn: its audio, then every event until turn.done (or a refusal before the ack). */
export function speakTurn(learner: Learner, path: TurnPath = 'batch'): Promise<TurnOutcome> {
  const { ws } = learner;
  return new Promise<TurnOutcome>((resolve) => {
    let acked = false;
    let failed: string | null = null;
    let firstAudioAt: number | null = null;
    // Audio events before the end of the turn cannot be this turn's (a refusal ends it at once).
    let endedAt = Number.POSITIVE_INFINITY;
    const finish = (outcome: TurnOutcome) => {
      clearTimeout(timer);
      ws.off('message', onMessage);
      ws.off('close', onClose);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'error', reason: 'timeout' }), TURN_TIMEOUT_MS);
    const onClose = () => finish({ kind: 'error', reason: 'socket closed' });
    const onMessage = (data: Buffer, isBinary: boolean) => {
      if (isBinary) return;
      if (firstAudioAt === null && data.includes('"type":"audio"') && !data.includes('"data":""')) firstAudioAt = performance.now();
      if (!data.includes('"type":"ack"') && !data.includes('"type":"error"') && !data.includes('"type":"turn.done"') && !data.includes('"type":"notice"')) return;
      const event = JSON.parse(data.toString()) as { type: string; code?: string; retryAfterSec?: number; turnId?: string };
      if (event.type === 'ack') acked = true;
      else if (event.type === 'notice') failed ??= 'notice';
      else if (event.type === 'error') {
        if (!acked) return finish(event.code === 'busy' ? { kind: 'busy', retryAfterSec: event.retryAfterSec } : { kind: 'error', reason: `refused: ${event.code}` });
        failed ??= `error: ${event.code}`;
      } else if (event.type === 'turn.done') {
        if (failed || firstAudioAt === null) return finish({ kind: 'error', reason: failed ?? 'no audio' });
        finish({ kind: 'ok', ttfaMs: firstAudioAt - endedAt });
      }
    };
    ws.on('message', onMessage);
    ws.on('close', onClose);
    void sendSpeech(ws, path).then((at) => (endedAt = at));
  });
}
