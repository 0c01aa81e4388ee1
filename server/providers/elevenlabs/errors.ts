// The @elevenlabs/elevenlabs-js SDK's errors as ProviderErrors (registered with vendor-errors.ts on load).
import { ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { ProviderError } from '../errors';
import { statusError } from '../resilient';
import { registerVendorErrors } from '../vendor-errors';

registerVendorErrors({
  toProviderError(provider, error) {
    if (error instanceof ElevenLabsTimeoutError) return new ProviderError(provider, error.message, true, { cause: error });
    if (error instanceof ElevenLabsError && error.statusCode !== undefined) {
      return statusError(provider, error.statusCode, error.message, error.rawResponse?.headers.get('retry-after'), error);
    }
    return undefined;
  },
  // ElevenLabs reports a dropped connection as an ElevenLabsError without status, wrapping the cause.
  isNetworkFailure: (error) => error instanceof ElevenLabsError,
});
