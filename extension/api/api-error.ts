import { ErrorBody } from '../../shared/errors';

/** `network` and `bad_response` are the client's own codes; the rest come from the server. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.code, status, parsed.data.message);
  return new ApiError(status === 404 ? 'not_found' : 'internal', status, `The server answered ${status}`);
}
