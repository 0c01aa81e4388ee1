import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '../i18n/i18n';
import { levelOptions } from './level-options';
import { DEFAULT_SERVER_URL, authItem, levelItem } from './settings';
import { syncProfile } from './sync-profile';

describe('the level select', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('offers Auto first, in both interface languages, then the fixed levels', () => {
    expect(levelOptions(translator('en'))).toEqual([
      { value: 'auto', label: 'Auto (from my level estimate)' },
      { value: 'A2', label: 'A2' },
      { value: 'B1', label: 'B1' },
      { value: 'B2', label: 'B2' },
      { value: 'C1', label: 'C1' },
    ]);
    expect(levelOptions(translator('ko'))[0]).toEqual({ value: 'auto', label: '자동 (추정 수준 따라가기)' });
  });

  it('keeps Auto and sends it to the learner’s profile on the server', async () => {
    const user = { id: 'u1', email: 'a@b.c', name: null, nativeLanguage: 'ko', level: 'B1', createdAt: new Date().toISOString() } as const;
    await authItem.setValue({ token: 'tok', expiresAt: new Date(Date.now() + 60_000).toISOString(), user, serverUrl: DEFAULT_SERVER_URL });
    const fetchImpl = vi.fn(async (_url: string, init: RequestInit) => Response.json({ ...user, ...JSON.parse(String(init.body)) }));
    vi.stubGlobal('fetch', fetchImpl);
    await levelItem.setValue('auto');
    await syncProfile({ level: 'auto' });
    expect(await levelItem.getValue()).toBe('auto');
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe(`${DEFAULT_SERVER_URL}/api/users/u1`);
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ level: 'auto' });
    expect((await authItem.getValue())?.user.level).toBe('auto');
  });
});
