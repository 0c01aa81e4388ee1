import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { currentAuth } from '../api/auth';
import { segmentText, visibleCorrections } from '../conversation/correction-segments';
import { resolveLanguage, translator } from '../i18n/i18n';
import { DEFAULT_SERVER_URL, authItem, serverUrlItem, strictnessItem } from './settings';
import type { Correction } from '../../shared/corrections';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('have defaults', async () => {
    expect(await serverUrlItem.getValue()).toBe(DEFAULT_SERVER_URL);
    expect(await strictnessItem.getValue()).toBe('all');
  });

  it('migrate the old boolean strictness to the named levels', async () => {
    await fakeBrowser.storage.local.set({ strictness: false, 'strictness$': { v: 1 } });
    await strictnessItem.migrate();
    expect(await strictnessItem.getValue()).toBe('important');
  });

  it('drop the sign-in when the server URL changes', async () => {
    const user = { id: 'u', email: 'a@b.c', name: null, nativeLanguage: 'ko', level: 'B1', createdAt: new Date().toISOString() } as const;
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    await authItem.setValue({ token: 't', expiresAt, user, serverUrl: DEFAULT_SERVER_URL });
    expect((await currentAuth())?.token).toBe('t');
    await serverUrlItem.setValue('http://other.test');
    expect(await currentAuth()).toBeNull();
  });
});

describe('api client', () => {
  it('sends the bearer token and validates the answer', async () => {
    const fetchImpl = vi.fn(async () =>
      Response.json({ corrected: 'I have a cat', corrections: [] }),
    );
    const api = createApiClient({ baseUrl: 'http://s.test/', getToken: () => 'tok', fetchImpl });
    expect(await api.check('I has a cat')).toEqual({ corrected: 'I have a cat', corrections: [] });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://s.test/api/check');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('turns the error body into an ApiError with its code', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ code: 'unauthorized', message: 'Wrong email or password', requestId: 'r' }, { status: 401 }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => null, fetchImpl });
    await expect(api.login({ email: 'a@b.c', password: 'x' })).rejects.toMatchObject({ code: 'unauthorized', status: 401, message: 'Wrong email or password' });
  });

  it('reports an unreachable server clearly', async () => {
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => null, fetchImpl: async () => Promise.reject(new TypeError('fetch failed')) });
    const error = await api.health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('network');
  });
});

describe('inline corrections', () => {
  const c = (start: number, end: number, severity: Correction['severity'] = 'major'): Correction => ({
    type: 'grammar', original: 'x', corrected: 'y', start, end, explanation: '', severity, source: 'local',
  });

  it('splits the text around each correction and skips overlaps', () => {
    const segments = segmentText('I has a cat', [c(2, 5), c(3, 4)]);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'correction', 'text']);
  });

  it('follow the strictness setting', () => {
    const all = [c(0, 1, 'minor'), c(2, 3, 'major')];
    expect(visibleCorrections(all, 'important', false)).toHaveLength(1);
    expect(visibleCorrections(all, 'on-request', false)).toHaveLength(0);
    expect(visibleCorrections(all, 'on-request', true)).toHaveLength(2);
  });
});

describe('i18n', () => {
  it('follows the browser unless chosen, and fills values', () => {
    expect(resolveLanguage('auto', 'ko-KR')).toBe('ko');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('en', 'ko-KR')).toBe('en');
    expect(translator('ko')('signedInAs', { email: 'a@b.c' })).toBe('a@b.c(으)로 로그인됨');
  });
});
