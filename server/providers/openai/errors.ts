// The openai SDK's errors as ProviderErrors (registered with vendor-errors.ts on load).
import { APIConnectionError, APIError } from 'openai';
import { ProviderError } from '../errors';
import { statusError } from '../resilient';
import { registerVendorErrors } from '../vendor-errors';

registerVendorErrors({
  toProviderError(provider, error) {
    if (error instanceof APIConnectionError) return new ProviderError(provider, `connection failed: ${error.message}`, true, { cause: error });
    if (error instanceof APIError && error.status !== undefined) {
      return statusError(provider, error.status, error.message, error.headers?.get('retry-after'), error);
    }
    return undefined;
  },
});
