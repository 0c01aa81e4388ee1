// Saying a practice phrase with a recording: the panel sends 16 kHz WAV with the recognizer's
// transcript; Azure (when configured) scores the recording itself, the offline provider the words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sinePcm16, wavFile } from '../fakes/audio';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const wav16k = (seconds: number) => wavFile(sinePcm16(seconds, 16_000), 16_000);
const wavAudio = (bytes: Uint8Array) => ({ mimeType: 'audio/wav', data: base64(bytes) });

async function phraseOf(t: TestApp, token: string, englishText = 'take part in'): Promise<string> {
  const res = await t.request('POST', '/api/phrases', { token, body: { englishText } });
  return ((await res.json()) as { id: string }).id;
}

const say = (t: TestApp, token: string, phraseId: string, body: Record<string, unknown>) =>
  t.request('POST', `/api/phrases/${phraseId}/attempts`, { token, body: { kind: 'say', ...body } });

describe.each(testDatabases)('saying a phrase with a recording on $name', (database) => {
  describe('with Azure and OpenAI configured', () => {
    let fakes: Fakes;
    let t: TestApp;
    beforeAll(async () => {
      fakes = await startFakes();
      t = await createTestApp(database, fakes.env);
    });
    afterAll(async () => {
      await t.close();
      await fakes.close();
    });

    it('sends the WAV to Azure and shows its per-word errors; the recording is kept for its owner', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      fakes.azure.setKnobs({ heardText: 'take part', mispronounced: ['take'] });
      const recording = wav16k(1.5);
      const res = await say(t, token, phraseId, { transcript: 'take part in', audio: wavAudio(recording) });
      expect(res.status).toBe(201);
      const result = await res.json();
      // The transcript alone would have scored every word right: these come from Azure's answer.
      expect(result.words).toEqual([
        { word: 'take', accuracy: 42, error: 'mispronunciation' },
        { word: 'part', accuracy: 96, error: 'none' },
        { word: 'in', accuracy: 0, error: 'omission' },
      ]);
      expect(result.transcript).toBe('take part in');
      const sent = fakes.azure.requests.at(-1)!;
      expect(sent.headers['content-type']).toBe('audio/wav; codecs=audio/pcm; samplerate=16000');
      expect(Buffer.compare(sent.body, Buffer.from(recording))).toBe(0);

      const playback = await t.request('GET', result.audioUrl, { token });
      expect(playback.status).toBe(200);
      expect(Buffer.compare(Buffer.from(await playback.arrayBuffer()), Buffer.from(recording))).toBe(0);
      const stranger = await t.register();
      expect((await t.request('GET', result.audioUrl, { token: stranger.token })).status).toBe(404);
      const listed = await (await t.request('GET', `/api/phrases/${phraseId}/attempts`, { token })).json();
      expect(listed.items[0]).toMatchObject({ audioUrl: result.audioUrl, words: result.words });
    });

    it('transcribes a recording sent without a transcript', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      fakes.azure.setKnobs({ heardText: null, mispronounced: [] });
      fakes.openai.setKnobs({ transcript: 'Take part in.' });
      const before = fakes.openai.requests.filter((r) => r.path === '/v1/audio/transcriptions').length;
      const res = await say(t, token, phraseId, { audio: wavAudio(wav16k(1)) });
      expect(res.status).toBe(201);
      const result = await res.json();
      expect(result.transcript).toBe('Take part in.');
      expect(result.words.map((w: { error: string }) => w.error)).toEqual(['none', 'none', 'none']);
      expect(fakes.openai.requests.filter((r) => r.path === '/v1/audio/transcriptions')).toHaveLength(before + 1);
    });

    it('asks the learner to type when the recording cannot be transcribed, and keeps no attempt', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      fakes.openai.setKnobs({ fault: { kind: '500', pathIncludes: '/audio/transcriptions' } });
      try {
        const res = await say(t, token, phraseId, { audio: wavAudio(wav16k(1)) });
        expect(res.status).toBe(503);
        expect((await res.json()).message).toMatch(/type what you said/);
      } finally {
        fakes.openai.setKnobs({ fault: null });
      }
      const attempts = await (await t.request('GET', `/api/phrases/${phraseId}/attempts`, { token })).json();
      expect(attempts.items).toEqual([]);
    });

    it('falls back to scoring the transcript when no recording is sent', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      fakes.azure.setKnobs({ heardText: 'take part', mispronounced: ['take'] });
      const before = fakes.azure.requests.length;
      const res = await say(t, token, phraseId, { transcript: 'take part in' });
      expect(res.status).toBe(201);
      const result = await res.json();
      expect(result.words.map((w: { error: string }) => w.error)).toEqual(['none', 'none', 'none']);
      expect(result.audioUrl).toBeUndefined();
      expect(fakes.azure.requests).toHaveLength(before);
    });

    it('refuses a recording over the size cap, naming the field', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      const res = await say(t, token, phraseId, { transcript: 'take part in', audio: wavAudio(wav16k(22)) });
      expect([400, 413]).toContain(res.status);
      expect((await res.json()).message).toMatch(/audio\.data/);
    });

    it('refuses WebM and WAV that is not 16 kHz mono 16-bit, saying what to send', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      const webm = await say(t, token, phraseId, {
        transcript: 'take part in',
        audio: { mimeType: 'audio/webm;codecs=opus', data: base64(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])) },
      });
      expect(webm.status).toBe(400);
      const webmError = await webm.json();
      expect(webmError.code).toBe('validation_failed');
      expect(webmError.message).toMatch(/audio\.mimeType: .*WAV/);

      const cd = await say(t, token, phraseId, { transcript: 'take part in', audio: wavAudio(wavFile(sinePcm16(1, 44_100), 44_100)) });
      expect(cd.status).toBe(400);
      expect((await cd.json()).message).toMatch(/audio\.data: not a 16 kHz mono 16-bit PCM WAV/);

      const use = await t.request('POST', `/api/phrases/${phraseId}/attempts`, {
        token,
        body: { kind: 'use', transcript: 'I took part in it.', audio: wavAudio(wav16k(1)) },
      });
      expect(use.status).toBe(400);
      expect((await use.json()).message).toMatch(/^audio:/);
    });
  });

  describe('offline, with a small daily speaking allowance', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(database, { AUDIO_SEC_PER_DAY: '3' });
    });
    afterAll(() => t.close());

    it('scores the transcript, keeps the recording, and asks for a transcript it cannot make', async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      const withText = await say(t, token, phraseId, { transcript: 'take in', audio: wavAudio(wav16k(1)) });
      expect(withText.status).toBe(201);
      const result = await withText.json();
      expect(result.words.map((w: { error: string }) => w.error)).toEqual(['none', 'omission', 'none']);
      expect(result.audioUrl).toMatch(/^\/media\/.+\.wav$/);

      const withoutText = await say(t, token, phraseId, { audio: wavAudio(wav16k(1)) });
      expect(withoutText.status).toBe(400);
      expect((await withoutText.json()).message).toMatch(/^transcript: /);
    });

    it("counts recordings against the day's speaking time", async () => {
      const { token } = await t.register();
      const phraseId = await phraseOf(t, token);
      expect((await say(t, token, phraseId, { transcript: 'take part in', audio: wavAudio(wav16k(2)) })).status).toBe(201);
      const over = await say(t, token, phraseId, { transcript: 'take part in', audio: wavAudio(wav16k(2)) });
      expect(over.status).toBe(429);
      expect((await over.json()).message).toMatch(/speaking time/);
      // Typed attempts spend no speaking time.
      expect((await say(t, token, phraseId, { transcript: 'take part in' })).status).toBe(201);
    });
  });
});
