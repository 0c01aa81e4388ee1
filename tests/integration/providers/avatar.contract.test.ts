// Avatar contract: the panel avatar (no video) and D-ID Talks via its loopback fake, which renders
// through created -> started -> done and serves a real MP4.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDidAvatar } from '../../../server/providers/did/avatar';
import { ProviderError } from '../../../server/providers/errors';
import { createOfflineAvatar } from '../../../server/providers/offline';
import { resilientAvatar } from '../../../server/providers/resilient';
import type { AvatarProvider } from '../../../server/providers/types';
import { startFakeDid, type DidKnobs } from '../../fakes/did';
import type { FakeServer } from '../../fakes/harness';
import { describeFaults, recordingResilience, signal } from './support';

const input = { text: 'Hello! Shall we talk about the article?' };

const vendor = (url: string, overrides: Partial<Parameters<typeof createDidAvatar>[0]> = {}) =>
  createDidAvatar({ apiKey: 'ZmFrZTpmYWtl', baseUrl: url, presenterImageUrl: 'https://example.com/presenter.jpg', pollIntervalMs: 10, ...overrides });

let fake: FakeServer<DidKnobs>;
beforeAll(async () => {
  fake = await startFakeDid();
});
afterAll(() => fake.close());
beforeEach(() => fake.setKnobs({ outcome: 'done', renderMs: 0, fault: null }));

/**
 * What each implementation must render. The panel avatar has no video by design: it resolves null
 * and says it is not live, so the pipeline announces no video and the panel animates its own
 * avatar from the speech timings. A video vendor must resolve with an MP4 the panel can fetch.
 */
const implementations: Array<{ name: string; create: () => AvatarProvider; renders: 'no video' | 'video' }> = [
  { name: 'offline', create: createOfflineAvatar, renders: 'no video' },
  { name: 'd-id via loopback fake', create: () => vendor(fake.url), renders: 'video' },
];

describe.each(implementations)('AvatarProvider contract: $name', ({ create, renders }) => {
  if (renders === 'no video') {
    it('resolves null and reports itself as not live (the panel animates its own avatar)', async () => {
      const avatar = create();
      expect(avatar.live).toBe(false);
      expect(await avatar.render(input, signal())).toBeNull();
    });
  } else {
    it('resolves with the URL of a fetchable MP4 video', async () => {
      const avatar = create();
      expect(avatar.live).toBe(true);
      const result = await avatar.render(input, signal());
      expect(result).not.toBeNull();
      const video = await fetch(result!.videoUrl);
      expect(video.status).toBe(200);
      expect(video.headers.get('content-type')).toBe('video/mp4');
      const bytes = new Uint8Array(await video.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(4, 8))).toBe('ftyp');
    });
  }
});

describe('d-id specifics', () => {
  it('creates a text talk with Basic auth and polls until done', async () => {
    fake.requests.length = 0;
    fake.setKnobs({ renderMs: 50 });
    const result = await vendor(fake.url).render(input, signal());
    expect(result?.videoUrl).toMatch(/\/results\/tlk_\w+\.mp4$/);
    const [create, ...polls] = fake.requests;
    expect(create?.headers.authorization).toBe('Basic ZmFrZTpmYWtl');
    expect(JSON.parse(create!.body.toString('utf8'))).toMatchObject({
      source_url: 'https://example.com/presenter.jpg',
      script: { type: 'text', input: input.text },
    });
    expect(polls.length).toBeGreaterThanOrEqual(2);
  });

  it('sends an audio script when the reply audio has a URL', async () => {
    fake.requests.length = 0;
    await vendor(fake.url).render({ ...input, audioUrl: 'https://example.com/reply.mp3' }, signal());
    expect(JSON.parse(fake.requests[0]!.body.toString('utf8')).script).toEqual({ type: 'audio', audio_url: 'https://example.com/reply.mp3' });
  });

  it.each(['error', 'rejected'] as const)('treats a %s talk as a non-retryable failure and falls back', async (outcome) => {
    fake.setKnobs({ outcome });
    const direct = await vendor(fake.url).render(input, signal()).catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(ProviderError);
    expect((direct as ProviderError).retryable).toBe(false);
    const { options, log } = recordingResilience();
    const avatar = resilientAvatar(vendor(fake.url), createOfflineAvatar(), options);
    expect(await avatar.render(input, signal())).toBeNull();
    expect(log.retries).toEqual([]);
    expect(log.fallbacks[0]?.reason.message).toContain(outcome);
  });

  it('gives up when the render outlasts its timeout', async () => {
    fake.setKnobs({ renderMs: 60_000 });
    const failure = await vendor(fake.url, { renderTimeoutMs: 100 }).render(input, signal()).catch((error: unknown) => error);
    expect((failure as ProviderError).message).toMatch(/not rendered in time/);
  });
});

describeFaults<AvatarProvider>({
  name: 'd-id avatar',
  capability: 'avatar',
  startFake: () => startFakeDid(),
  createVendor: (url) => vendor(url),
  fallback: createOfflineAvatar(),
  wrap: resilientAvatar,
  invoke: (provider, s) => provider.render(input, s),
  streams: false,
  target: { pathIncludes: '/talks', method: 'POST' },
});
