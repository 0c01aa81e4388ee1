// Streaming STT contract: ElevenLabs Scribe Realtime (through the SDK's realtime wrapper) and
// OpenAI Realtime transcription (the ws client), each against its loopback socket fake: live
// partials, the committed transcript after the end, and every socket fault (error event, dropped
// mid-stream, hang, refused upgrade) reported once as a failure, so the turn can fall back.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createElevenLabsClient } from '../../../server/providers/elevenlabs/client';
import { createElevenLabsRealtimeStt } from '../../../server/providers/elevenlabs/realtime-stt';
import { ProviderError } from '../../../server/providers/errors';
import { createOpenAiRealtimeStt } from '../../../server/providers/openai/realtime-stt';
import { ProviderTimeoutError } from '../../../server/providers/resilient';
import type { StreamingSttProvider } from '../../../server/providers/types';
import { sinePcm16 } from '../../fakes/audio';
import { startFakeElevenLabs } from '../../fakes/elevenlabs';
import type { FakeServer, Knobs, RecordedRequest } from '../../fakes/harness';
import { startFakeOpenAi } from '../../fakes/openai';

const SPOKEN = 'Yesterday I go to the farm and I see many robot.';
/** 2 s of "speech" in 100 ms frames, as the panel sends them. */
const FRAMES = Array.from({ length: 20 }, () => sinePcm16(0.1, 16_000));

interface Suite {
  name: string;
  start: () => Promise<FakeServer<Knobs & { realtimeTranscript: string }>>;
  create: (url: string) => StreamingSttProvider;
  socketPath: string;
}

const suites: Suite[] = [
  {
    name: 'elevenlabs scribe realtime',
    start: () => startFakeElevenLabs(),
    create: (url) => createElevenLabsRealtimeStt({ client: createElevenLabsClient({ apiKey: 'fake', baseUrl: url }), modelId: 'scribe_v2_realtime' }),
    socketPath: '/v1/speech-to-text/realtime',
  },
  {
    name: 'openai realtime transcription',
    start: () => startFakeOpenAi(),
    create: (url) => createOpenAiRealtimeStt({ apiKey: 'fake', baseURL: `${url}/v1`, model: 'gpt-4o-mini-transcribe' }),
    socketPath: '/v1/realtime',
  },
];

function openSession(provider: StreamingSttProvider) {
  const partials: string[] = [];
  const failures: Error[] = [];
  const session = provider.open({ sampleRate: 16_000, language: 'en', onPartial: (t) => partials.push(t), onFailure: (e) => failures.push(e) });
  return { session, partials, failures };
}

const until = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
};

const signal = () => new AbortController().signal;

/** What the panel sends: 32 ms frames (512 samples at 16 kHz). */
const PANEL_FRAMES = Array.from({ length: 10 }, () => sinePcm16(0.032, 16_000));
const audioBytesOf = (m: Record<string, unknown>) => Buffer.from(String(m.audio_base_64 ?? m.audio ?? ''), 'base64').length;
const sentAudioBytes = (sent: readonly Record<string, unknown>[]) => sent.reduce((sum, m) => sum + audioBytesOf(m), 0);
const lastAudioIndex = (sent: readonly Record<string, unknown>[]) => sent.findLastIndex((m) => audioBytesOf(m) > 0);
/** Scribe's commit rides on an (empty) audio chunk; OpenAI's is a message of its own. */
const commitIndex = (sent: readonly Record<string, unknown>[]) => sent.findIndex((m) => m.commit === true || m.type === 'input_audio_buffer.commit');

for (const suite of suites) {
  describe(`StreamingSttProvider contract: ${suite.name} via loopback socket fake`, () => {
    let fake: FakeServer<Knobs & { realtimeTranscript: string }>;
    let provider: StreamingSttProvider;
    const socketOf = (): RecordedRequest => fake.requests.filter((r) => r.path === suite.socketPath).at(-1)!;
    /** OpenAI's socket takes 24 kHz: the 16 kHz audio is resampled. */
    const resampling = suite.name.startsWith('openai') ? 1.5 : 1;

    beforeAll(async () => {
      fake = await suite.start();
      provider = suite.create(fake.url);
    });
    afterAll(() => fake.close());
    beforeEach(() => {
      fake.setKnobs({ fault: null, realtimeTranscript: SPOKEN });
      fake.requests.length = 0;
    });

    it('streams the audio as it comes and returns the committed transcript, with live partials for Scribe', async () => {
      const { session, partials, failures } = openSession(provider);
      for (const frame of FRAMES) session.sendAudio(frame);
      const transcript = await session.finish(signal(), 5000);
      expect(transcript.text).toBe(SPOKEN);
      expect(failures).toEqual([]);
      // Partials grow towards the whole text, each replacing the one before.
      expect(partials.length).toBeGreaterThan(0);
      expect(SPOKEN.startsWith(partials[0]!.replace(/\.$/, ''))).toBe(true);
      const sent = socketOf().messages!;
      const audioOf = (m: Record<string, unknown>) => Buffer.from(String(m.audio_base_64 ?? m.audio ?? ''), 'base64').length;
      const sentBytes = sent.reduce((sum, m) => sum + audioOf(m), 0);
      const capturedBytes = FRAMES.reduce((sum, f) => sum + f.length, 0);
      if (suite.name.startsWith('openai')) {
        expect(sent[0]).toMatchObject({ type: 'session.update', session: { type: 'transcription', audio: { input: { format: { type: 'audio/pcm', rate: 24_000 }, transcription: { model: 'gpt-4o-mini-transcribe', language: 'en' } } } } });
        // Resampled 16 kHz -> 24 kHz: half as many bytes again.
        expect(Math.abs(sentBytes - capturedBytes * 1.5)).toBeLessThan(16);
        expect(sent.at(-1)).toMatchObject({ type: 'input_audio_buffer.commit' });
        expect(socketOf().query.get('intent')).toBe('transcription');
      } else {
        expect(sentBytes).toBe(capturedBytes);
        expect(sent.at(-1)).toMatchObject({ message_type: 'input_audio_chunk', commit: true });
        expect(socketOf().query.get('model_id')).toBe('scribe_v2_realtime');
        expect(socketOf().query.get('commit_strategy')).toBe('manual');
      }
      await until(() => socketOf().closed === true);
    });

    it('queues audio sent before the socket is open and sends all of it before the commit', async () => {
      const { session } = openSession(provider);
      session.sendAudio(FRAMES[0]!);
      session.sendAudio(FRAMES[1]!);
      expect((await session.finish(signal(), 5000)).text).toBe(SPOKEN);
      const sent = socketOf().messages!;
      expect(sentAudioBytes(sent)).toBeCloseTo((FRAMES[0]!.length + FRAMES[1]!.length) * resampling, -1);
      expect(lastAudioIndex(sent)).toBeLessThan(commitIndex(sent));
    });

    it("gathers the panel's 32 ms frames into pieces of about 100 ms, and sends what is left before the commit", async () => {
      const { session } = openSession(provider);
      session.sendAudio(PANEL_FRAMES[0]!);
      await until(() => sentAudioBytes(socketOf()?.messages ?? []) > 0);
      for (const frame of PANEL_FRAMES.slice(1)) session.sendAudio(frame);
      expect((await session.finish(signal(), 5000)).text).toBe(SPOKEN);
      const sent = socketOf().messages!;
      const captured = PANEL_FRAMES.reduce((sum, f) => sum + f.length, 0);
      expect(sentAudioBytes(sent)).toBeCloseTo(captured * resampling, -1);
      // 10 frames of 32 ms: the queued first one, then pieces of at least 100 ms, then the rest.
      const pieces = sent.filter((m) => audioBytesOf(m) > 0);
      expect(pieces.length).toBeLessThanOrEqual(5);
      expect(lastAudioIndex(sent)).toBeLessThan(commitIndex(sent));
    });

    // error-event: the vendor's own error event; malformed: a frame that is not JSON, which must
    // not throw out of the socket listener (it would take the server process down).
    it.each([
      ['an error event mid-stream', 'error-event', /error|fault/i],
      ['a vendor frame that is not JSON', 'malformed', /malformed/i],
    ] as const)('reports %s as one failure, rejects the finish and closes the socket', async (_, kind, message) => {
      fake.setKnobs({ fault: { kind, pathIncludes: suite.socketPath } });
      const { session, failures } = openSession(provider);
      for (const frame of FRAMES) session.sendAudio(frame);
      await until(() => failures.length > 0);
      const failure = await session.finish(signal(), 5000).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ProviderError);
      expect(failures).toHaveLength(1);
      expect(failures[0]!.message).toMatch(message);
      await until(() => socketOf().closed === true);
    });

    it('reports a socket dropped mid-stream as one failure', async () => {
      fake.setKnobs({ fault: { kind: 'cut', pathIncludes: suite.socketPath } });
      const { session, failures } = openSession(provider);
      for (const frame of FRAMES) session.sendAudio(frame);
      const failure = await session.finish(signal(), 5000).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ProviderError);
      expect(failures).toHaveLength(1);
      expect(failures[0]!.message).toMatch(/closed mid-stream|socket/);
    });

    it('gives up on a vendor that never commits after the timeout', async () => {
      fake.setKnobs({ fault: { kind: 'hang', pathIncludes: suite.socketPath } });
      const { session, failures } = openSession(provider);
      for (const frame of FRAMES) session.sendAudio(frame);
      const failure = await session.finish(signal(), 300).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ProviderTimeoutError);
      expect(failures).toHaveLength(1);
      await until(() => socketOf().closed === true);
    });

    it('reports a refused connection (HTTP 500 on the upgrade) as a failure', async () => {
      fake.setKnobs({ fault: { kind: '500', pathIncludes: suite.socketPath } });
      const { session, failures } = openSession(provider);
      session.sendAudio(FRAMES[0]!);
      await until(() => failures.length > 0);
      await expect(session.finish(signal(), 1000)).rejects.toBeInstanceOf(ProviderError);
    });

    it('closes the vendor socket when the turn is dropped (turn.cancel, barge-in)', async () => {
      const { session, failures } = openSession(provider);
      session.sendAudio(FRAMES[0]!);
      await until(() => socketOf()?.messages!.length > 0);
      session.close();
      await until(() => socketOf().closed === true);
      expect(failures).toEqual([]);
      await expect(session.finish(signal(), 1000)).rejects.toThrow(/closed/);
    });
  });
}
