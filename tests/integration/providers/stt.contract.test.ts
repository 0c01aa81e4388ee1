// STT contract: the OpenAI client, pointed at its loopback fake, transcribes through the real SDK
// (multipart upload) and behaves under faults as the pipeline expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import { createOpenAiClient } from '../../../server/providers/openai/client';
import { createOpenAiStt } from '../../../server/providers/openai/stt';
import { resilientStt } from '../../../server/providers/resilient';
import type { AudioInput, SttProvider } from '../../../server/providers/types';
import { sinePcm16, wavFile } from '../../fakes/audio';
import type { FakeServer } from '../../fakes/harness';
import { startFakeOpenAi, type OpenAiKnobs } from '../../fakes/openai';
import { describeFaults, signal } from './support';

const speech: AudioInput = { audio: wavFile(sinePcm16(0.5, 16_000), 16_000), mimeType: 'audio/wav', language: 'en' };

/** The browser transcribes offline; on the server the twin answers with an empty transcript. */
const offlineTwin: SttProvider = { name: 'offline-twin', live: false, transcribe: async () => ({ text: '' }) };

const vendor = (url: string) => createOpenAiStt({ client: createOpenAiClient({ apiKey: 'fake', baseURL: `${url}/v1` }), model: 'gpt-4o-mini-transcribe' });

describe('SttProvider contract: openai via loopback fake', () => {
  let fake: FakeServer<OpenAiKnobs>;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ knobs: { transcript: 'The factories closed last year.' } });
  });
  afterAll(() => fake.close());

  it('uploads the audio as multipart with model and language, and returns the text', async () => {
    const transcript = await vendor(fake.url).transcribe(speech, signal());
    expect(transcript.text).toBe('The factories closed last year.');
    const request = fake.requests.at(-1)!;
    const form = await new Response(new Uint8Array(request.body), { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
    expect(form.get('model')).toBe('gpt-4o-mini-transcribe');
    expect(form.get('language')).toBe('en');
    expect((form.get('file') as File).name).toBe('speech.wav');
    expect((form.get('file') as File).size).toBe(speech.audio.length);
  });

  it('streams transcript deltas over SSE when asked (the SDK reads them unchanged)', async () => {
    const client = new OpenAI({ apiKey: 'fake', baseURL: `${fake.url}/v1`, maxRetries: 0 });
    const events = await client.audio.transcriptions.create({
      file: new File([new Uint8Array(speech.audio)], 'speech.wav'),
      model: 'gpt-4o-mini-transcribe',
      stream: true,
    });
    let deltas = '';
    let done = '';
    for await (const event of events) {
      if (event.type === 'transcript.text.delta') deltas += event.delta;
      if (event.type === 'transcript.text.done') done = event.text;
    }
    expect(deltas).toBe('The factories closed last year.');
    expect(done).toBe(deltas);
  });
});

describeFaults<SttProvider>({
  name: 'openai stt',
  capability: 'stt',
  startFake: () => startFakeOpenAi(),
  createVendor: vendor,
  fallback: offlineTwin,
  wrap: resilientStt,
  invoke: (provider, s) => provider.transcribe(speech, s),
  streams: false,
});
