// TTS contract: the offline voice and ElevenLabs (via its loopback fake, through the real SDK)
// yield typed speech chunks whose alignment spells the text; faults behave as the pipeline expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElevenLabsClient } from '../../../server/providers/elevenlabs/client';
import { createElevenLabsTts, type ElevenLabsOutputFormat } from '../../../server/providers/elevenlabs/tts';
import { createOfflineTts } from '../../../server/providers/offline';
import { resilientTts } from '../../../server/providers/resilient';
import type { SpeechChunk, TtsProvider } from '../../../server/providers/types';
import { startFakeElevenLabs, type ElevenLabsKnobs } from '../../fakes/elevenlabs';
import type { FakeServer } from '../../fakes/harness';
import { collect, describeFaults, signal } from './support';

const text = 'The factories closed, and the old district slowly filled with cafes and small studios.';

const vendor = (url: string, outputFormat?: ElevenLabsOutputFormat) =>
  createElevenLabsTts({
    client: createElevenLabsClient({ apiKey: 'fake', baseUrl: url }),
    voiceId: 'voice-test',
    modelId: 'eleven_flash_v2_5',
    outputFormat,
  });

let fake: FakeServer<ElevenLabsKnobs>;
beforeAll(async () => {
  fake = await startFakeElevenLabs();
});
afterAll(() => fake.close());

const implementations: Array<{ name: string; create: () => TtsProvider }> = [
  { name: 'offline', create: createOfflineTts },
  { name: 'elevenlabs via loopback fake', create: () => vendor(fake.url) },
];

const spelled = (chunks: SpeechChunk[]) => chunks.flatMap((c) => c.alignment?.characters ?? []).join('');

describe.each(implementations)('TtsProvider contract: $name', ({ create }) => {
  it('yields chunks whose alignment spells the text with non-decreasing timings', async () => {
    const chunks = await collect(create().synthesize({ text }, signal()));
    expect(chunks.length).toBeGreaterThan(0);
    expect(spelled(chunks)).toBe(text);
    const starts = chunks.flatMap((c) => c.alignment?.startTimesSec ?? []);
    const ends = chunks.flatMap((c) => c.alignment?.endTimesSec ?? []);
    expect(starts).toHaveLength(text.length);
    starts.forEach((start, i) => {
      expect(ends[i]).toBeGreaterThanOrEqual(start);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(starts[i - 1]!);
    });
    for (const chunk of chunks) expect(chunk.mimeType).toMatch(/\//);
  });
});

describe('elevenlabs specifics', () => {
  it('streams MP3 frames by default, chunk by chunk, with the voice and model requested', async () => {
    const chunks = await collect(vendor(fake.url).synthesize({ text }, signal()));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.mimeType).toBe('audio/mpeg');
      expect([...chunk.audio.slice(0, 2)]).toEqual([0xff, 0xfb]);
    }
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe('/v1/text-to-speech/voice-test/stream/with-timestamps');
    expect(request.query.get('output_format')).toBe('mp3_44100_128');
    expect(request.headers['xi-api-key']).toBe('fake');
    expect(JSON.parse(request.body.toString('utf8'))).toMatchObject({ text, model_id: 'eleven_flash_v2_5' });
  });

  it('gives raw PCM at the requested rate when asked', async () => {
    const chunks = await collect(vendor(fake.url, 'pcm_24000').synthesize({ text, voiceId: 'other-voice' }, signal()));
    expect(chunks[0]?.mimeType).toBe('audio/pcm;rate=24000');
    const seconds = chunks.reduce((sum, c) => sum + c.audio.length, 0) / 2 / 24_000;
    expect(seconds).toBeCloseTo(text.length * 0.06, 1);
    expect(fake.requests.at(-1)?.path).toContain('/other-voice/');
  });
});

describeFaults<TtsProvider>({
  name: 'elevenlabs tts',
  capability: 'tts',
  startFake: () => startFakeElevenLabs(),
  createVendor: (url) => vendor(url),
  fallback: createOfflineTts(),
  wrap: resilientTts,
  invoke: async (provider, s) => {
    const chunks = await collect(provider.synthesize({ text }, s));
    return { mimeType: chunks[0]?.mimeType, spoken: spelled(chunks) };
  },
  streams: true,
});
