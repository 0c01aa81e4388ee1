// The ElevenLabs client; its own retries are off because the resilience wrapper retries.
import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { vendorFetch } from '../keep-alive';
// The SDK's errors become ProviderErrors wherever this client is used.
import './errors';

export interface ElevenLabsClientOptions {
  apiKey: string;
  /** e.g. http://127.0.0.1:8791; default the vendor's. */
  baseUrl?: string;
  /** Per HTTP request; default 30 000. */
  timeoutMs?: number;
}

export function createElevenLabsClient(options: ElevenLabsClientOptions): ElevenLabsClient {
  return new ElevenLabsClient({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    timeoutInSeconds: (options.timeoutMs ?? 30_000) / 1000,
    maxRetries: 0,
    // Warm connections: no handshake on a turn's critical path.
    fetch: vendorFetch,
  });
}
