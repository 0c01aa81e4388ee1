import { describe, expect, it, vi } from 'vitest';
import type { ReviewItemView, RateBody } from '../../shared/review';
import { ApiError } from '../api/api-error';
import { createDrillStore, type DrillApi } from './drill-store';

function item(overrides: Partial<ReviewItemView> = {}): ReviewItemView {
  return {
    id: 'item-1',
    kind: 'mistake',
    pattern: 'enjoy + to-infinitive → enjoy + -ing',
    type: 'grammar',
    corrected: 'enjoys swimming',
    correctedSentence: 'She enjoys swimming.',
    explanation: "'enjoy' 뒤에는 -ing 형태가 와요.",
    examples: [{ messageId: 'm1', text: 'She enjoys to swim.', audioUrl: null }],
    lapses: 1,
    reps: 1,
    due: '2026-12-01T10:00:00.000Z',
    stability: 1,
    state: 'learning',
    lastReviewedAt: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

function fakeApi(overrides: Partial<DrillApi> = {}) {
  const rated: RateBody[] = [];
  const api: DrillApi = {
    reviewItem: vi.fn(async (id: string) => item({ id })),
    reviewItems: vi.fn(async () => ({ items: [item()], nextCursor: null })),
    rateReviewItem: vi.fn(async (id: string, body: RateBody) => {
      rated.push(body);
      return item({ id, due: '2026-12-04T10:00:00.000Z', state: 'review' });
    }),
    ...overrides,
  };
  return { api, rated };
}

describe('drill card store', () => {
  it('opens the next due item when none is named, with the learner’s sentence and its correction', async () => {
    const { api } = fakeApi();
    const store = createDrillStore({ getApi: async () => api });
    await store.getState().load(null);
    expect(api.reviewItems).toHaveBeenCalledWith({ due: true, limit: 1 });
    expect(store.getState()).toMatchObject({ status: 'ready', target: { reference: 'She enjoys swimming.', original: 'She enjoys to swim.', audioUrl: null } });
  });

  it('rates a correct typed answer, shows the next due date and refreshes the count', async () => {
    const { api, rated } = fakeApi();
    const onRated = vi.fn();
    const store = createDrillStore({ getApi: async () => api, onRated });
    await store.getState().load('item-7');
    await store.getState().submit('  She enjoys swimming. ');
    expect(api.rateReviewItem).toHaveBeenCalledWith('item-7', expect.anything());
    expect(rated).toEqual([{ rating: 'easy', answer: 'She enjoys swimming.' }]);
    expect(store.getState()).toMatchObject({ status: 'rated', result: { score: 100, rating: 'easy', due: '2026-12-04T10:00:00.000Z' } });
    expect(onRated).toHaveBeenCalledOnce();
  });

  it('rates the same mistake again as again', async () => {
    const { api, rated } = fakeApi();
    const store = createDrillStore({ getApi: async () => api });
    await store.getState().load(null);
    await store.getState().submit('She enjoys to swim');
    expect(rated[0]?.rating).toBe('again');
  });

  it('sends nothing for an empty answer', async () => {
    const { api } = fakeApi();
    const store = createDrillStore({ getApi: async () => api });
    await store.getState().load(null);
    await store.getState().submit('   ');
    expect(api.rateReviewItem).not.toHaveBeenCalled();
    expect(store.getState().status).toBe('ready');
  });

  it('keeps the answer open to retry when rating fails', async () => {
    const { api } = fakeApi({ rateReviewItem: vi.fn(async () => Promise.reject(new ApiError('network', 0, 'Cannot reach the server'))) });
    const store = createDrillStore({ getApi: async () => api });
    await store.getState().load(null);
    await store.getState().submit('She enjoys swimming.');
    expect(store.getState()).toMatchObject({ status: 'ready', error: 'Cannot reach the server' });
  });

  it('says when nothing is due, and when the server keeps no notebook', async () => {
    const empty = createDrillStore({ getApi: async () => fakeApi({ reviewItems: vi.fn(async () => ({ items: [], nextCursor: null })) }).api });
    await empty.getState().load(null);
    expect(empty.getState().status).toBe('empty');
    const missing = createDrillStore({
      getApi: async () => fakeApi({ reviewItems: vi.fn(async () => Promise.reject(new ApiError('not_found', 404, 'Not found'))) }).api,
    });
    await missing.getState().load(null);
    expect(missing.getState().status).toBe('unavailable');
  });
});
