// Typed REST client of the server. Every answer is validated with the shared zod schemas so a
// server that drifts from the contract fails loudly here rather than deep in a component.
import { z } from 'zod';
import {
  AuthResponse,
  CorrectionView,
  MessageView,
  ProgressStats,
  ProgressSummary,
  PublicUser,
  SessionView,
  Weaknesses,
  listOf,
  type CreateSessionBody,
  type LoginBody,
  type RegisterBody,
} from '../../shared/api';
import { CheckResult } from '../../shared/corrections';
import { ApiError, toApiError } from './api-error';
import { AttemptResult, PhraseView, type CreateAttemptBody, type CreatePhraseBody } from '../../shared/phrases';
import { LevelEstimate, ProgressHistory, ReviewItemList, ReviewItemView, ReviewSummary, type RateBody } from '../../shared/review';

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => string | null | Promise<string | null>;
  fetchImpl?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ baseUrl, getToken, fetchImpl = fetch }: ApiClientOptions) {
  const root = baseUrl.replace(/\/+$/, '');

  async function send(method: string, path: string, accept: string, body?: unknown): Promise<Response> {
    const token = await getToken();
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await fetchImpl(root + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError('network', 0, `Cannot reach the server at ${root}`, { cause });
    }
  }

  async function request<T extends z.ZodType>(
    schema: T,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const response = await send(method, path, 'application/json', body);
    const text = await response.text();
    const json: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) throw toApiError(response.status, json);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError('bad_response', response.status, `Unexpected answer from ${method} ${path}`);
    }
    return parsed.data;
  }

  /** A file the server keeps for this learner (a recording under /media, an export): it needs the token too. */
  async function file(path: string, accept = '*/*'): Promise<Blob> {
    const response = await send('GET', path, accept);
    if (!response.ok) throw toApiError(response.status, safeJson(await response.text()));
    return response.blob();
  }

  const ok = z.unknown();
  const list = <T extends z.ZodType>(item: T) => listOf(item);

  return {
    baseUrl: root,
    health: () => request(z.record(z.string(), z.unknown()), 'GET', '/healthz'),
    register: (body: RegisterBody) => request(AuthResponse, 'POST', '/api/auth/register', body),
    login: (body: LoginBody) => request(AuthResponse, 'POST', '/api/auth/login', body),
    logout: () => request(ok, 'POST', '/api/auth/logout'),
    getUser: (id: string) => request(PublicUser, 'GET', `/api/users/${enc(id)}`),
    updateUser: (id: string, patch: Partial<Pick<PublicUser, 'name' | 'nativeLanguage' | 'level'>>) =>
      request(PublicUser, 'PATCH', `/api/users/${enc(id)}`, patch),
    createSession: (body: CreateSessionBody) => request(SessionView, 'POST', '/api/conversations/sessions', body),
    endSession: (id: string) => request(ok, 'POST', `/api/conversations/sessions/${enc(id)}/end`),
    listMessages: (id: string) =>
      request(list(MessageView), 'GET', `/api/conversations/sessions/${enc(id)}/conversations`),
    listCorrections: (id: string) =>
      request(list(CorrectionView), 'GET', `/api/conversations/sessions/${enc(id)}/corrections`),
    progressSummary: (userId: string) => request(ProgressSummary, 'GET', `/api/progress/${enc(userId)}`),
    progressStats: (userId: string) => request(ProgressStats, 'GET', `/api/progress/${enc(userId)}/stats`),
    weaknesses: (userId: string) => request(Weaknesses, 'GET', `/api/progress/${enc(userId)}/weaknesses`),
    check: (text: string) => request(CheckResult, 'POST', '/api/check', { text }),
    createPhrase: (body: CreatePhraseBody) => request(PhraseView, 'POST', '/api/phrases', body),
    listPhrases: () => request(list(PhraseView), 'GET', '/api/phrases'),
    listSessions: (userId: string, limit = 20) => request(list(SessionView), 'GET', `/api/users/${enc(userId)}/sessions?limit=${limit}`),
    attemptPhrase: (id: string, attempt: CreateAttemptBody) => request(AttemptResult, 'POST', `/api/phrases/${enc(id)}/attempts`, attempt),
    reviewSummary: () => request(ReviewSummary, 'GET', '/api/review/summary'),
    reviewItems: (query: { due: boolean; limit?: number }) =>
      request(ReviewItemList, 'GET', `/api/review/items?due=${query.due}&limit=${query.limit ?? 20}`),
    reviewItem: (id: string) => request(ReviewItemView, 'GET', `/api/review/items/${enc(id)}`),
    rateReviewItem: (id: string, body: RateBody) => request(ReviewItemView, 'POST', `/api/review/items/${enc(id)}/rate`, body),
    reviewExportCsv: () => file('/api/review/export.csv', 'text/csv'),
    levelEstimate: (userId: string) => request(LevelEstimate, 'GET', `/api/progress/${enc(userId)}/level`),
    progressHistory: (userId: string) => request(ProgressHistory, 'GET', `/api/progress/${enc(userId)}/history`),
    /** A recording the server handed out as `/media/<userId>/<name>` (or under its own URL), fetched with the token. */
    media: (path: string) => file(path.startsWith(root) ? path.slice(root.length) : path),
  };
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
