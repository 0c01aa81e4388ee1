// The one OpenAI client of the server. Retries are the resilience wrapper's job, so the SDK's
// own are off; any OpenAI-compatible server (Ollama, vLLM, a loopback fake) works via baseURL.
import OpenAI from 'openai';
import { vendorFetch } from '../keep-alive';
// The SDK's errors become ProviderErrors wherever this client is used.
import './errors';

export interface OpenAiClientOptions {
  apiKey: string;
  /** e.g. http://127.0.0.1:8790/v1; default the vendor's. */
  baseURL?: string;
  /** Per HTTP request; default 30 000. */
  timeoutMs?: number;
}

export function createOpenAiClient(options: OpenAiClientOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: 0,
    // Warm connections: no handshake on a turn's critical path.
    fetch: vendorFetch,
  });
}
