// Pronunciation contract: the transcript-based offline assessor and Azure (via its loopback fake)
// both score 0-100 and mark omitted, inserted and mispronounced words.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAzurePronunciation } from '../../../server/providers/azure/pronunciation';
import { ProviderError } from '../../../server/providers/errors';
import { createOfflinePronunciation } from '../../../server/providers/offline';
import { resilientPronunciation } from '../../../server/providers/resilient';
import type { AudioInput, PronunciationProvider } from '../../../server/providers/types';
import { sinePcm16, wavFile } from '../../fakes/audio';
import { startFakeAzure, type AzureKnobs } from '../../fakes/azure';
import type { FakeServer } from '../../fakes/harness';
import { describeFaults, signal } from './support';

const audio: AudioInput = { audio: wavFile(sinePcm16(0.5, 16_000), 16_000), mimeType: 'audio/wav' };
const referenceText = 'The old factory district is full of cafes';
const transcript = 'The old district is full of nice cafes';

const vendor = (url: string) => createAzurePronunciation({ key: 'fake', endpoint: url });

let fake: FakeServer<AzureKnobs>;
beforeAll(async () => {
  fake = await startFakeAzure();
});
afterAll(() => fake.close());
beforeEach(() => fake.setKnobs({ heardText: transcript, mispronounced: [], fault: null }));

const implementations: Array<{ name: string; create: () => PronunciationProvider }> = [
  { name: 'offline', create: createOfflinePronunciation },
  { name: 'azure via loopback fake', create: () => vendor(fake.url) },
];

describe.each(implementations)('PronunciationProvider contract: $name', ({ create }) => {
  it('scores 0-100 and marks the omitted and inserted words', async () => {
    const result = await create().assess({ referenceText, transcript, audio }, signal());
    for (const score of [result.accuracy, result.fluency, result.completeness, result.pronunciation]) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
    expect(result.completeness).toBeLessThan(100);
    expect(result.words.find((w) => w.word.toLowerCase() === 'factory')?.error).toBe('omission');
    expect(result.words.find((w) => w.word.toLowerCase() === 'nice')?.error).toBe('insertion');
    expect(result.words.find((w) => w.word.toLowerCase() === 'cafes')?.error).toBe('none');
  });
});

describe('azure specifics', () => {
  it('sends the assessment settings as a base64 header with the WAV audio', async () => {
    await vendor(fake.url).assess({ referenceText, transcript, audio }, signal());
    const request = fake.requests.at(-1)!;
    expect(request.query.get('language')).toBe('en-US');
    expect(request.query.get('format')).toBe('detailed');
    expect(request.headers['content-type']).toBe('audio/wav; codecs=audio/pcm; samplerate=16000');
    expect(JSON.parse(Buffer.from(String(request.headers['pronunciation-assessment']), 'base64').toString('utf8'))).toEqual({
      ReferenceText: referenceText,
      GradingSystem: 'HundredMark',
      Granularity: 'Phoneme',
      Dimension: 'Comprehensive',
      EnableMiscue: true,
    });
    expect(request.body.length).toBe(audio.audio.length);
  });

  it('reports mispronounced words with low accuracy', async () => {
    fake.setKnobs({ heardText: null, mispronounced: ['district'] });
    const result = await vendor(fake.url).assess({ referenceText, transcript: referenceText, audio }, signal());
    const district = result.words.find((w) => w.word === 'district');
    expect(district).toMatchObject({ error: 'mispronunciation' });
    expect(district!.accuracy).toBeLessThan(60);
    expect(result.completeness).toBe(100);
  });

  it('refuses MediaRecorder WebM up front (Azure does not take it) so the wrapper can fall back', async () => {
    const failure = await vendor(fake.url)
      .assess({ referenceText, transcript, audio: { audio: audio.audio, mimeType: 'audio/webm;codecs=opus' } }, signal())
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).retryable).toBe(false);
  });
});

describeFaults<PronunciationProvider>({
  name: 'azure pronunciation',
  capability: 'pronunciation',
  startFake: () => startFakeAzure({ knobs: { heardText: transcript } }),
  createVendor: vendor,
  fallback: createOfflinePronunciation(),
  wrap: resilientPronunciation,
  invoke: (provider, s) => provider.assess({ referenceText, transcript, audio }, s),
  streams: false,
});
