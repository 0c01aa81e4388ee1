// Rendered talking-head video with D-ID Talks (REST, no SDK). A render takes ~20 s or more, so
// the pipeline runs it in the background and announces the video URL when it is ready.
import { z } from 'zod';
import { ProviderError } from '../errors';
import { asProviderFailure, providerErrorFromResponse } from '../resilient';
import type { AvatarProvider, AvatarRenderInput } from '../types';

export interface DidAvatarOptions {
  apiKey: string;
  /** Default https://api.d-id.com. */
  baseUrl?: string;
  /** The presenter's portrait when the input names none. */
  presenterImageUrl: string;
  /** First wait between status polls; it grows up to `maxPollIntervalMs`. Default 500. */
  pollIntervalMs?: number;
  /** Default 3000. */
  maxPollIntervalMs?: number;
  /** Give up on a render after this long. Default 90 000. */
  renderTimeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_DID_BASE_URL = 'https://api.d-id.com';

const PROVIDER = 'd-id';

const CreatedTalk = z.object({ id: z.string().min(1), status: z.string() });
const TalkStatus = z.object({
  id: z.string(),
  status: z.enum(['created', 'started', 'done', 'error', 'rejected']),
  result_url: z.string().url().optional(),
  error: z.unknown().optional(),
});

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createDidAvatar(options: DidAvatarOptions): AvatarProvider {
  const baseUrl = (options.baseUrl ?? DEFAULT_DID_BASE_URL).replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const headers = { authorization: `Basic ${options.apiKey}`, 'content-type': 'application/json', accept: 'application/json' };

  async function request<T>(path: string, init: RequestInit, schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
    const response = await doFetch(`${baseUrl}${path}`, { ...init, headers, signal });
    if (!response.ok) throw await providerErrorFromResponse(PROVIDER, response);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) throw new ProviderError(PROVIDER, `malformed answer: ${parsed.error.message}`, false);
    return parsed.data;
  }

  async function waitForVideo(id: string, signal: AbortSignal): Promise<string> {
    const deadline = Date.now() + (options.renderTimeoutMs ?? 90_000);
    let intervalMs = options.pollIntervalMs ?? 500;
    for (;;) {
      const talk = await request(`/talks/${encodeURIComponent(id)}`, { method: 'GET' }, TalkStatus, signal);
      if (talk.status === 'done') {
        if (!talk.result_url) throw new ProviderError(PROVIDER, 'malformed answer: done without result_url', false);
        return talk.result_url;
      }
      if (talk.status === 'error' || talk.status === 'rejected') {
        throw new ProviderError(PROVIDER, `talk ${id} ${talk.status}: ${JSON.stringify(talk.error ?? null)}`, false);
      }
      if (Date.now() + intervalMs > deadline) throw new ProviderError(PROVIDER, `talk ${id} not rendered in time`, false);
      await sleep(intervalMs, signal);
      intervalMs = Math.min(options.maxPollIntervalMs ?? 3000, intervalMs * 1.5);
    }
  }

  return {
    name: PROVIDER,
    live: true,
    async render(input: AvatarRenderInput, signal: AbortSignal) {
      const script = input.audioUrl ? { type: 'audio', audio_url: input.audioUrl } : { type: 'text', input: input.text };
      try {
        const body = JSON.stringify({ source_url: input.presenterImageUrl ?? options.presenterImageUrl, script, config: { fluent: true } });
        const created = await request('/talks', { method: 'POST', body }, CreatedTalk, signal);
        return { videoUrl: await waitForVideo(created.id, signal) };
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },
  };
}
