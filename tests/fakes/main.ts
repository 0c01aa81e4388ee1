// Starts the four vendor fakes and prints the environment that points the server at them.
// Latencies follow the vendors' published figures (in their documentation) unless FAKES_FAST=1.
// The realtime transcription sockets (Scribe on the ElevenLabs port, OpenAI's on the OpenAI one):
// Scribe's partials trail the audio by ~200 ms and its committed transcript comes ~150 ms after
// the commit; OpenAI's final transcript ~640 ms after it (a public benchmark's median).
import { startFakeAzure } from './azure';
import { startFakeDid } from './did';
import { startFakeElevenLabs } from './elevenlabs';
import { startFakeOpenAi } from './openai';

async function main() {
  const fast = process.env.FAKES_FAST === '1';
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const [openai, elevenlabs, did, azure] = await Promise.all([
    startFakeOpenAi({ port: port('FAKE_OPENAI_PORT', 8790), knobs: fast ? {} : { ttfbMs: 400, perTokenMs: 25, commitMs: 640 } }),
    startFakeElevenLabs({ port: port('FAKE_ELEVENLABS_PORT', 8791), knobs: fast ? {} : { ttfbMs: 75, perTokenMs: 40, partialLagMs: 200, commitMs: 150 } }),
    startFakeDid({ port: port('FAKE_DID_PORT', 8792), knobs: fast ? {} : { ttfbMs: 150, renderMs: 20_000 } }),
    startFakeAzure({ port: port('FAKE_AZURE_PORT', 8793), knobs: fast ? {} : { ttfbMs: 300 } }),
  ]);
  const env = {
    OPENAI_API_KEY: 'fake',
    OPENAI_BASE_URL: `${openai.url}/v1`,
    ELEVENLABS_API_KEY: 'fake',
    ELEVENLABS_BASE_URL: elevenlabs.url,
    DID_API_KEY: 'fake',
    DID_BASE_URL: did.url,
    AZURE_SPEECH_KEY: 'fake',
    AZURE_SPEECH_ENDPOINT: azure.url,
  };
  for (const [key, value] of Object.entries(env)) console.log(`${key}=${value}`);
  const stop = async () => {
    await Promise.all([openai, elevenlabs, did, azure].map((fake) => fake.close()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
