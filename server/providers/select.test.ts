import { describe, expect, it } from 'vitest';
import { createOfflineProviders } from './offline';
import { selectProviders } from './select';

describe('selectProviders', () => {
  it('stays offline without any vendor key', async () => {
    const offline = createOfflineProviders();
    const selected = await selectProviders({}, offline);
    expect(selected.capabilities).toEqual({ stt: 'offline', llm: 'offline', tts: 'offline', avatar: 'offline', pronunciation: 'offline' });
    expect(selected.llm).toBe(offline.llm);
  });

  it('goes live per capability whose key is set, and ignores blank keys', async () => {
    const selected = await selectProviders(
      { OPENAI_API_KEY: 'sk-test', ELEVENLABS_API_KEY: ' ', DID_API_KEY: 'did', AZURE_SPEECH_KEY: 'az' },
      createOfflineProviders(),
    );
    expect(selected.capabilities).toEqual({ stt: 'live', llm: 'live', tts: 'offline', avatar: 'live', pronunciation: 'offline' });
    expect([selected.stt.name, selected.llm.name, selected.avatar.name]).toEqual(['openai', 'openai', 'd-id']);
    expect(selected.stt.live).toBe(true);
  });

  it('needs a region or an endpoint besides the Azure key', async () => {
    const selected = await selectProviders({ AZURE_SPEECH_KEY: 'az', AZURE_SPEECH_REGION: 'westeurope' }, createOfflineProviders());
    expect(selected.capabilities.pronunciation).toBe('live');
    expect(selected.pronunciation.name).toBe('azure');
  });
});
