import { describe, expect, it } from 'vitest';
import { ProviderError } from '../errors';
import { createOfflineProviders } from './index';

describe('createOfflineProviders', () => {
  const providers = createOfflineProviders();

  it('offers every capability, none of them live', () => {
    for (const provider of Object.values(providers)) expect(provider.live).toBe(false);
    expect(providers.llm.name).toBe('offline');
    expect(providers.tts.name).toBe('browser');
    expect(providers.stt.name).toBe('browser');
    expect(providers.avatar.name).toBe('panel');
  });

  it('refuses audio, because the browser recognises speech and sends text', async () => {
    const attempt = providers.stt.transcribe({ audio: new Uint8Array(8), mimeType: 'audio/webm' }, new AbortController().signal);
    await expect(attempt).rejects.toBeInstanceOf(ProviderError);
    await expect(attempt).rejects.toMatchObject({ retryable: false, message: expect.stringContaining('browser') });
  });

  it('has no video avatar: the panel animates its own', async () => {
    expect(await providers.avatar.render({ text: 'Hello!' }, new AbortController().signal)).toBeNull();
  });
});
