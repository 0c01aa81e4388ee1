// Every vendor failure becomes a ProviderError; `retryable` tells the retry/fallback wrapper
// whether trying again can help (429, 5xx, connection reset) or not (400, 401, bad answer).
export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    readonly retryable: boolean,
    readonly options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`${provider}: ${message}`, { cause: options.cause });
    this.name = 'ProviderError';
  }
}
