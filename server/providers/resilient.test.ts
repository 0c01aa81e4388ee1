import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { ProviderError } from './errors';
// Registers the openai SDK's errors, as its client module does in the server.
import './openai/errors';
import { resilientTts, retryAfterMs, toProviderError } from './resilient';
import type { SpeechChunk, TtsProvider } from './types';

const chunk = (text: string): SpeechChunk => ({ audio: new Uint8Array(1), mimeType: 'audio/mpeg', alignment: { characters: [...text], startTimesSec: [], endTimesSec: [] } });
const offline: TtsProvider = {
  name: 'offline',
  live: false,
  async *synthesize({ text }) {
    yield { audio: new Uint8Array(0), mimeType: 'text/plain' as const, alignment: { characters: [...text], startTimesSec: [], endTimesSec: [] } };
  },
};

async function collect<T>(items: AsyncIterable<T>) {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('toProviderError', () => {
  it('marks 429 and 5xx retryable with retry-after, 4xx not', () => {
    const limited = toProviderError('openai', APIError.generate(429, { message: 'slow down' }, undefined, new Headers({ 'retry-after': '2' })));
    expect(limited).toMatchObject({ retryable: true, options: { status: 429, retryAfterMs: 2000 } });
    expect(toProviderError('openai', APIError.generate(503, {}, undefined, new Headers())).retryable).toBe(true);
    expect(toProviderError('openai', APIError.generate(401, {}, undefined, new Headers())).retryable).toBe(false);
  });

  it('treats connection resets as retryable and malformed JSON as not', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(toProviderError('x', new TypeError('fetch failed', { cause: reset })).retryable).toBe(true);
    expect(toProviderError('x', new SyntaxError('Unexpected end of JSON input'))).toMatchObject({ retryable: false });
    expect(toProviderError('x', new SyntaxError('bad')).message).toMatch(/malformed answer/);
  });

  it('reads retry-after as seconds or an HTTP date', () => {
    expect(retryAfterMs('1')).toBe(1000);
    expect(retryAfterMs(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('resilient streams', () => {
  it('falls back when the vendor fails before its first chunk', async () => {
    const failing: TtsProvider = {
      name: 'vendor',
      live: true,
      async *synthesize() {
        throw new ProviderError('vendor', 'bad request', false);
      },
    };
    const reasons: string[] = [];
    const tts = resilientTts(failing, offline, { timeoutMs: 500, onFallback: (_c, reason) => reasons.push(reason.message) });
    const chunks = await collect(tts.synthesize({ text: 'Hi' }, new AbortController().signal));
    expect(chunks.map((c) => c.mimeType)).toEqual(['text/plain']);
    expect(reasons).toEqual(['vendor: bad request']);
  });

  it('keeps what was yielded and throws when the vendor stalls mid-stream', async () => {
    const stalling: TtsProvider = {
      name: 'vendor',
      live: true,
      async *synthesize() {
        yield chunk('Hel');
        await new Promise(() => undefined);
      },
    };
    const fallbacks: string[] = [];
    const tts = resilientTts(stalling, offline, { timeoutMs: 50, onFallback: (c) => fallbacks.push(c) });
    const seen: SpeechChunk[] = [];
    const failure = await (async () => {
      for await (const item of tts.synthesize({ text: 'Hello' }, new AbortController().signal)) seen.push(item);
    })().catch((error: unknown) => error);
    expect(seen).toHaveLength(1);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).message).toMatch(/stream interrupted: .*no answer within 50 ms/);
    expect(fallbacks).toEqual([]);
  });

  it('stops the vendor stream when the consumer stops reading', async () => {
    let finished = false;
    const endless: TtsProvider = {
      name: 'vendor',
      live: true,
      async *synthesize() {
        try {
          for (;;) yield chunk('a');
        } finally {
          finished = true;
        }
      },
    };
    const tts = resilientTts(endless, offline, { timeoutMs: 500 });
    for await (const _ of tts.synthesize({ text: 'a' }, new AbortController().signal)) break;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(finished).toBe(true);
  });
});
