// How a vendor SDK's own errors become ProviderErrors. Each SDK's mapping lives beside its client
// (openai/errors.ts, elevenlabs/errors.ts) and registers itself here when loaded, so that the
// resilience wrapper never imports an SDK: a server without that vendor's key never loads it
// (~100 MB of resident memory for openai and @elevenlabs/elevenlabs-js). An SDK's errors can only
// be thrown once its client module, which imports its mapping, is loaded.
import type { ProviderError } from './errors';

export interface VendorErrorMapping {
  /** The ProviderError for one of the SDK's errors; undefined: not the SDK's, or not one it knows. */
  toProviderError(provider: string, error: unknown): ProviderError | undefined;
  /** Whether the error is the SDK's way of saying the connection dropped. */
  isNetworkFailure?(error: unknown): boolean;
}

const mappings: VendorErrorMapping[] = [];

export function registerVendorErrors(mapping: VendorErrorMapping): void {
  if (!mappings.includes(mapping)) mappings.push(mapping);
}

export function vendorProviderError(provider: string, error: unknown): ProviderError | undefined {
  for (const mapping of mappings) {
    const mapped = mapping.toProviderError(provider, error);
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

export function isVendorNetworkFailure(error: unknown): boolean {
  return mappings.some((mapping) => mapping.isNetworkFailure?.(error) === true);
}
