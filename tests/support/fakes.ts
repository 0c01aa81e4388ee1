// All four vendor fakes for a test, and the environment that points a server at them.
import { startFakeAzure, type AzureKnobs } from '../fakes/azure';
import { startFakeDid, type DidKnobs } from '../fakes/did';
import { startFakeElevenLabs, type ElevenLabsKnobs } from '../fakes/elevenlabs';
import type { FakeServer } from '../fakes/harness';
import { startFakeOpenAi, type OpenAiKnobs } from '../fakes/openai';

export interface Fakes {
  openai: FakeServer<OpenAiKnobs>;
  elevenlabs: FakeServer<ElevenLabsKnobs>;
  did: FakeServer<DidKnobs>;
  azure: FakeServer<AzureKnobs>;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startFakes(): Promise<Fakes> {
  const [openai, elevenlabs, did, azure] = await Promise.all([startFakeOpenAi(), startFakeElevenLabs(), startFakeDid(), startFakeAzure()]);
  return {
    openai,
    elevenlabs,
    did,
    azure,
    env: {
      OPENAI_API_KEY: 'fake-openai-key',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      ELEVENLABS_API_KEY: 'fake-elevenlabs-key',
      ELEVENLABS_BASE_URL: elevenlabs.url,
      DID_API_KEY: 'fake-did-key',
      DID_BASE_URL: did.url,
      AZURE_SPEECH_KEY: 'fake-azure-key',
      AZURE_SPEECH_ENDPOINT: azure.url,
    },
    close: async () => {
      await Promise.all([openai, elevenlabs, did, azure].map((fake) => fake.close()));
    },
  };
}
