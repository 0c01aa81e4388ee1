import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { PRACTICE_MENU_ID, createPracticeService } from './practice-service';
import { pendingPracticeItem } from '../settings/settings';
import { createPracticeStore } from './practice-store';
import type { AttemptResult } from '../../shared/phrases';

// The practice service alone, with its dependencies faked; the background's real listeners that
// call it (context menu, shortcuts, messages) are tested in entrypoints/background/.
describe('highlight-to-practice in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  const inPage = {
    text: '  a piece   of cake ',
    sentence: 'For her the exam was  a piece of cake, she said.',
    title: 'Exams without tears | Daily News',
    url: 'http://a.test/exams',
  };

  function service(readSelection: () => Promise<typeof inPage> = async () => inPage) {
    const openPanel = vi.fn(async () => undefined);
    const practice = createPracticeService({
      savePending: (p) => pendingPracticeItem.setValue(p),
      openPanel,
      readSelection,
      now: () => 42,
    });
    return { practice, openPanel };
  }

  it('leaves the highlighted phrase, its sentence and the page title for the panel of that tab and opens the panel', async () => {
    const { practice, openPanel } = service();
    const handled = await practice.onMenuClicked(
      { menuItemId: PRACTICE_MENU_ID, selectionText: 'a piece of cake', pageUrl: 'http://a.test/', editable: false, frameId: 0 },
      { id: 7, title: 'Exams without tears | Daily News' } as never,
    );
    expect(handled).toBe(true);
    expect(openPanel).toHaveBeenCalledWith(7);
    expect(await pendingPracticeItem.getValue()).toEqual({
      tabId: 7,
      text: 'a piece of cake',
      sourceUrl: 'http://a.test/',
      sourceTitle: 'Exams without tears | Daily News',
      context: 'For her the exam was a piece of cake, she said.',
      requestedAt: 42,
    });
  });

  it('keeps the context menu phrase without a sentence when the page cannot be read or shows another selection', async () => {
    const menu = { menuItemId: PRACTICE_MENU_ID, selectionText: 'a piece of cake', pageUrl: 'http://a.test/', editable: false, frameId: 0 };
    const tab = { id: 7, title: 'Exams without tears | Daily News' } as never;
    await service(() => Promise.reject(new Error('Cannot access contents of the page'))).practice.onMenuClicked(menu, tab);
    expect(await pendingPracticeItem.getValue()).toEqual({ tabId: 7, text: 'a piece of cake', sourceUrl: 'http://a.test/', sourceTitle: 'Exams without tears | Daily News', requestedAt: 42 });
    await service(async () => ({ ...inPage, text: 'something else' })).practice.onMenuClicked(menu, tab);
    expect((await pendingPracticeItem.getValue())?.context).toBeUndefined();
  });

  it('ignores other menu items', async () => {
    const { practice } = service();
    expect(await practice.onMenuClicked({ menuItemId: 'other', editable: false, frameId: 0 }, { id: 7 } as never)).toBe(false);
    expect(await pendingPracticeItem.getValue()).toBeNull();
  });

  it('reads the selection, its sentence and the title for the keyboard shortcut and tidies them', async () => {
    const { practice } = service();
    await practice.practiceSelection(3);
    expect(await pendingPracticeItem.getValue()).toMatchObject({
      text: 'a piece of cake',
      context: 'For her the exam was a piece of cake, she said.',
      sourceTitle: 'Exams without tears | Daily News',
      sourceUrl: 'http://a.test/exams',
    });
  });
});

describe('practice card store', () => {
  const phrase = {
    id: 'p1', englishText: 'break the ice', koreanText: null, category: 'highlight', difficulty: 'B1',
    sourceUrl: null, createdAt: new Date().toISOString(), attempts: 0, bestScore: null, lastPractisedAt: null,
  };
  const sayResult: AttemptResult = {
    kind: 'say', id: 'a1', phraseId: 'p1', transcript: 'break the ice', score: 88, createdAt: new Date().toISOString(),
    accuracy: 90, fluency: 85, completeness: 100, words: [{ word: 'break', accuracy: 90, error: 'none' }],
  };

  it('saves the phrase and scores attempts on the server', async () => {
    const api = {
      createPhrase: vi.fn(async () => phrase),
      listPhrases: vi.fn(async () => ({ items: [phrase], nextCursor: null })),
      attemptPhrase: vi.fn(async () => sayResult),
    };
    const store = createPracticeStore(async () => api);
    await store.getState().open('break the ice');
    await store.getState().attempt('say', 'break the ice');
    expect(api.createPhrase).toHaveBeenCalledWith({ englishText: 'break the ice' });
    expect(api.attemptPhrase).toHaveBeenCalledWith('p1', { kind: 'say', transcript: 'break the ice' });
    expect(store.getState().result?.score).toBe(88);
    await vi.waitFor(() => expect(store.getState().phrases).toHaveLength(1));
  });

  it('sends a "say" recording with the recognizer\'s words, or alone when it heard nothing', async () => {
    const api = {
      createPhrase: vi.fn(async () => phrase),
      listPhrases: vi.fn(async () => ({ items: [phrase], nextCursor: null })),
      attemptPhrase: vi.fn(async () => sayResult),
    };
    const store = createPracticeStore(async () => api);
    await store.getState().open('break the ice');
    const audio = { mimeType: 'audio/wav' as const, data: 'UklGRg==' };
    await store.getState().attempt('say', ' break the ice ', audio);
    await store.getState().attempt('say', '', audio);
    expect(api.attemptPhrase.mock.calls).toEqual([
      ['p1', { kind: 'say', transcript: 'break the ice', audio }],
      ['p1', { kind: 'say', audio }],
    ]);
  });

  it('asks the server for the phrase with the sentence it was highlighted in and the page title', async () => {
    const fetchImpl = vi.fn(async (url: string) => (url.endsWith('/api/phrases') ? Response.json({ items: [], nextCursor: null }) : Response.json({})));
    fetchImpl.mockImplementationOnce(async () => Response.json(phrase, { status: 201 }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => 'tok', fetchImpl: fetchImpl as unknown as typeof fetch });
    const store = createPracticeStore(async () => api);
    await store.getState().open('break the ice', {
      sourceUrl: 'https://news.example/meetings',
      sourceTitle: 'How to start a meeting | News',
      context: 'A joke can break the ice at a meeting.',
    });
    expect(store.getState().phrase?.id).toBe('p1');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://s.test/api/phrases');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      englishText: 'break the ice',
      sourceUrl: 'https://news.example/meetings',
      sourceTitle: 'How to start a meeting | News',
      context: 'A joke can break the ice at a meeting.',
    });
  });

  it('says so when the server has no phrase endpoints', async () => {
    const missing = () => Promise.reject(new ApiError('not_found', 404, 'Not found'));
    const api = { createPhrase: vi.fn(missing), listPhrases: vi.fn(missing), attemptPhrase: vi.fn(missing) };
    const store = createPracticeStore(async () => api);
    await store.getState().open('break the ice');
    expect(store.getState()).toMatchObject({ unavailable: true, busy: false, text: 'break the ice' });
  });
});
