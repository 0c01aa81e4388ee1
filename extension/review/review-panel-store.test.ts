import { describe, expect, it, vi } from 'vitest';
import type { ReviewSummary } from '../../shared/review';
import { ApiError } from '../api/api-error';
import { createConversationStore } from '../conversation/conversation-store';
import { createReviewPanelStore } from './review-panel-store';

describe('review count in the panel', () => {
  it('shows the due count the server reports, and keeps the last one when the server cannot answer', async () => {
    const reviewSummary = vi
      .fn<() => Promise<ReviewSummary>>()
      .mockResolvedValueOnce({ due: 3, total: 5, learned: 1 })
      .mockRejectedValueOnce(new ApiError('network', 0, 'Cannot reach the server'));
    const store = createReviewPanelStore(async () => ({ reviewSummary }));
    expect(store.getState().due).toBeNull();
    await store.getState().refresh();
    expect(store.getState().due).toBe(3);
    await store.getState().refresh();
    expect(store.getState().due).toBe(3);
  });

  it('takes the answer to the latest question when two overtake each other', async () => {
    let answerFirst: (summary: ReviewSummary) => void = () => {};
    const reviewSummary = vi
      .fn<() => Promise<ReviewSummary>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce({ due: 1, total: 2, learned: 0 });
    const store = createReviewPanelStore(async () => ({ reviewSummary }));
    const first = store.getState().refresh();
    await store.getState().refresh();
    answerFirst({ due: 2, total: 2, learned: 0 });
    await first;
    expect(store.getState().due).toBe(1);
  });

  it('opens the drill for a given item or the next due one, and closes it', () => {
    const store = createReviewPanelStore(async () => ({ reviewSummary: vi.fn() }));
    store.getState().openDrill('item-9');
    expect(store.getState().drill).toEqual({ itemId: 'item-9' });
    store.getState().openDrill();
    expect(store.getState().drill).toEqual({ itemId: null });
    store.getState().closeDrill();
    expect(store.getState().drill).toBeNull();
  });
});

describe('review count refresh after turns', () => {
  it('asks again when a turn ends', async () => {
    const { watchTurnsForReview } = await import('./use-review-refresh');
    const conversation = createConversationStore();
    const refresh = vi.fn(async () => {});
    const stop = watchTurnsForReview(conversation, refresh);
    conversation.getState().addUserTurn('She enjoys to swim.', 'c1');
    expect(refresh).not.toHaveBeenCalled();
    conversation.getState().applyEvent({ type: 'turn.done', turnId: 't1', seq: 5 });
    expect(refresh).toHaveBeenCalledOnce();
    stop();
  });

  it('asks again when a practice phrase is saved (it joins the queue)', async () => {
    const { watchPhrasesForReview } = await import('./use-review-refresh');
    const { createPracticeStore } = await import('../practice/practice-store');
    const phrase = {
      id: 'p1', englishText: 'break the ice', koreanText: null, category: 'highlight', difficulty: 'B1',
      sourceUrl: null, createdAt: new Date().toISOString(), attempts: 0, bestScore: null, lastPractisedAt: null,
    };
    const practice = createPracticeStore(async () => ({
      createPhrase: vi.fn(async () => phrase),
      listPhrases: vi.fn(async () => ({ items: [phrase], nextCursor: null })),
      attemptPhrase: vi.fn(),
    }));
    const refresh = vi.fn(async () => {});
    const stop = watchPhrasesForReview(practice, refresh);
    await practice.getState().open('break the ice');
    expect(refresh).toHaveBeenCalledOnce();
    practice.getState().close();
    expect(refresh).toHaveBeenCalledOnce();
    stop();
  });
});
