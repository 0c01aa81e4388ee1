// ElevenLabs input streaming (one socket, one context per turn) against its loopback fake: the
// reply's text goes as it is written, each spoken piece is flushed where it ends and its audio
// carries timings that spell it; every fault hands the words not yet heard to the HTTP voice,
// once, with the learner told; barge-in closes the context and no audio follows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createElevenLabsClient } from '../../../server/providers/elevenlabs/client';
import { createElevenLabsStreamingTts, unheardText } from '../../../server/providers/elevenlabs/streaming-tts';
import { createElevenLabsTts } from '../../../server/providers/elevenlabs/tts';
import type { SpeechChunk, StreamingTtsSession } from '../../../server/providers/types';
import { SpokenPieceSplitter } from '../../../server/text/first-clause';
import { startFakeElevenLabs, type ElevenLabsKnobs } from '../../fakes/elevenlabs';
import { tokenize, type FakeServer, type FaultKind } from '../../fakes/harness';
import { collect } from './support';

const REPLY = 'That is a great point about the robots, which now help older farmers plant rice. Do you think young people would stay?';
const PIECES = ['That is a great point about the robots,', 'which now help older farmers plant rice.', 'Do you think young people would stay?'];
const STREAM_PATH = 'multi-stream-input';

let fake: FakeServer<ElevenLabsKnobs>;
beforeAll(async () => {
  fake = await startFakeElevenLabs();
});
afterAll(() => fake.close());
beforeEach(() => fake.setKnobs({ fault: null, ttfbMs: 0, perTokenMs: 0 }));

function open(timeoutMs = 2000) {
  const fallback = createElevenLabsTts({ client: createElevenLabsClient({ apiKey: 'fake', baseUrl: fake.url }), voiceId: 'voice-test', modelId: 'eleven_flash_v2_5' });
  const session = createElevenLabsStreamingTts({ apiKey: 'fake', baseUrl: fake.url, voiceId: 'voice-test', modelId: 'eleven_flash_v2_5', timeoutMs, fallback }).open();
  const fallbacks: Error[] = [];
  session.onFallback = (error) => fallbacks.push(error);
  return { session, fallbacks };
}

/** What the reply step does: text written token by token, each piece spoken as the splitter ends it. */
async function speakReply(session: StreamingTtsSession, signal = new AbortController().signal) {
  const splitter = new SpokenPieceSplitter({ firstClauseAtOnce: true });
  const spoken: Array<{ text: string; chunks: Promise<SpeechChunk[]> }> = [];
  const speak = (text: string) => spoken.push({ text, chunks: collect(session.speech.synthesize({ text }, signal)) });
  for (const token of tokenize(REPLY)) {
    session.write(token);
    for (const piece of splitter.push(token)) speak(piece);
    session.sendWritten();
  }
  const rest = splitter.flush();
  if (rest) speak(rest);
  session.end();
  return Promise.all(spoken.map(async ({ text, chunks }) => ({ text, chunks: await chunks })));
}

const spelled = (chunks: SpeechChunk[]) => chunks.flatMap((c) => c.alignment?.characters ?? []).join('');
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** Every word of `text` is heard in order (a word cut off half-way may be heard again whole). */
const heardInOrder = (heard: string, text: string) => {
  let at = 0;
  for (const word of words(text)) {
    const found = heard.indexOf(word, at);
    if (found < 0) return `"${word}" missing from "${heard}"`;
    at = found + word.length;
  }
  return 'all heard';
};
const streamSockets = () => fake.requests.filter((r) => r.path.includes(STREAM_PATH));
const httpRequests = () => fake.requests.filter((r) => r.path.includes('/with-timestamps'));

describe('ElevenLabs input streaming', () => {
  it('speaks each piece over one socket and one context, with timings that spell it', async () => {
    const before = fake.requests.length;
    const { session, fallbacks } = open();
    const pieces = await speakReply(session);
    expect(pieces.map((p) => p.text)).toEqual(PIECES);
    for (const piece of pieces) {
      expect(piece.chunks.length).toBeGreaterThan(0);
      expect(spelled(piece.chunks).trim()).toBe(piece.text);
      expect(piece.chunks.every((c) => c.mimeType === 'audio/mpeg' && c.audio.length > 0)).toBe(true);
      const starts = piece.chunks.flatMap((c) => c.alignment!.startTimesSec);
      starts.forEach((start, i) => i > 0 && expect(start).toBeGreaterThanOrEqual(starts[i - 1]!));
    }
    expect(fallbacks).toEqual([]);
    const sockets = fake.requests.slice(before);
    expect(sockets).toHaveLength(1);
    const socket = sockets[0]!;
    expect(socket.path).toBe('/v1/text-to-speech/voice-test/multi-stream-input');
    expect(socket.headers['xi-api-key']).toBe('fake');
    expect(socket.query.get('model_id')).toBe('eleven_flash_v2_5');
    expect(socket.query.get('sync_alignment')).toBe('true');
    const messages = socket.messages!;
    const contextId = messages[0]!.context_id;
    expect(messages[0]).toMatchObject({ text: ' ' });
    expect(messages.every((m) => m.context_id === contextId || m.close_socket)).toBe(true);
    // All the text went, flushed once per piece; between flushes it went in runs of 50
    // characters or more, not a message per token (~60 a reply).
    const texts = messages.slice(1).filter((m) => typeof m.text === 'string');
    expect(texts.map((m) => m.text).join('')).toBe(REPLY);
    expect(messages.filter((m) => m.flush === true)).toHaveLength(PIECES.length);
    expect(texts.filter((m) => m.flush !== true).every((m) => String(m.text).length >= 50)).toBe(true);
    expect(texts.length).toBeLessThan(tokenize(REPLY).length / 2);
    // The first flush carries the first clause's end, before any word of the next piece was sent.
    const firstFlush = messages.findIndex((m) => m.flush === true);
    expect(texts.slice(0, messages.slice(1, firstFlush + 1).filter((m) => typeof m.text === 'string').length).map((m) => m.text).join('')).toBe(PIECES[0]);
    expect(messages.some((m) => m.close_context === true)).toBe(true);
  });

  it.each<[FaultKind, string]>([
    ['error-event', "the vendor's error message"],
    ['cut', 'the socket dropped after the first audio'],
    ['hang', 'no audio in time'],
    ['malformed', 'an unreadable message'],
  ])('%s (%s): the HTTP voice speaks every word not heard, and the learner is told once', async (kind) => {
    fake.setKnobs({ fault: { kind, pathIncludes: STREAM_PATH } });
    const httpBefore = httpRequests().length;
    const { session, fallbacks } = open(300);
    const pieces = await speakReply(session);
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]!.message).toMatch(/elevenlabs/);
    for (const piece of pieces) expect(heardInOrder(spelled(piece.chunks), piece.text)).toBe('all heard');
    expect(httpRequests().length - httpBefore).toBeGreaterThan(0);
  });

  it('says a word cut off half-way again whole, and nothing heard twice otherwise', () => {
    expect(unheardText('a fun trip to the farm,', 4)).toBe('trip to the farm,');
    expect(unheardText('a fun trip to the farm,', 8)).toBe('to the farm,');
    expect(unheardText('a fun trip', 0)).toBe('a fun trip');
    expect(unheardText('a fun trip', 8)).toBe('');
  });

  it('a socket refused before the reply is opened again; the reply is spoken over it', async () => {
    fake.setKnobs({ fault: { kind: '500', pathIncludes: STREAM_PATH, times: 1 } });
    const httpBefore = httpRequests().length;
    const socketsBefore = streamSockets().length;
    const { session, fallbacks } = open();
    // The refusal arrives while the learner still speaks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const pieces = await speakReply(session);
    expect(fallbacks).toEqual([]);
    expect(streamSockets().length - socketsBefore).toBe(2);
    expect(httpRequests().length).toBe(httpBefore);
    for (const piece of pieces) expect(spelled(piece.chunks).trim()).toBe(piece.text);
  });

  it('barge-in closes the context and the socket; no audio comes after it', async () => {
    fake.setKnobs({ perTokenMs: 40 });
    const socketsBefore = streamSockets().length;
    const { session, fallbacks } = open();
    const controller = new AbortController();
    const heard: SpeechChunk[] = [];
    session.write('That is a great point about the robots, which now help older farmers plant rice in flooded fields today.');
    const audio = session.speech.synthesize({ text: 'That is a great point about the robots, which now help older farmers plant rice in flooded fields today.' }, controller.signal);
    for await (const chunk of audio) {
      heard.push(chunk);
      if (heard.length === 1) {
        controller.abort();
        session.close();
      }
    }
    expect(heard).toHaveLength(1);
    expect(fallbacks).toEqual([]);
    const socket = streamSockets()[socketsBefore]!;
    await expect.poll(() => socket.messages!.some((m) => m.close_context === true)).toBe(true);
    await expect.poll(() => socket.closed).toBe(true);
  });
});
