// The popup's progress: summary, this week's corrections, weaknesses, recent phrases, the review
// notebook's count, the level estimate and the weekly history, loaded in parallel. The last
// answer is kept so the popup paints at once on the next open.
import { createStore } from 'zustand/vanilla';
import { storage } from 'wxt/utils/storage';
import type { ProgressStats, ProgressSummary, Weaknesses } from '../../shared/api';
import type { ApiClient } from '../api/api-client';
import type { PhraseView } from '../../shared/phrases';
import type { LevelEstimate, ProgressHistory, ReviewSummary } from '../../shared/review';

export interface ProgressData {
  userId: string;
  summary: ProgressSummary;
  stats: ProgressStats | null;
  weaknesses: Weaknesses['items'];
  phrases: PhraseView[];
  /** Null where the server cannot answer yet (no notebook, no estimate, no history). */
  review: ReviewSummary | null;
  level: LevelEstimate | null;
  history: ProgressHistory | null;
}

export interface ProgressState {
  data: ProgressData | null;
  loading: boolean;
  error: string | null;
  load: (userId: string) => Promise<void>;
}

export const progressCacheItem = storage.defineItem<ProgressData | null>('local:progressCache', {
  fallback: null,
  version: 2,
  migrations: {
    // Version 1 had no review count, level estimate or history.
    2: (cached: Omit<ProgressData, 'review' | 'level' | 'history'> | null): ProgressData | null =>
      cached && { ...cached, review: null, level: null, history: null },
  },
});

type ProgressApi = Pick<
  ApiClient,
  'progressSummary' | 'progressStats' | 'weaknesses' | 'listPhrases' | 'reviewSummary' | 'levelEstimate' | 'progressHistory'
>;

export function createProgressStore(getApi: () => Promise<ProgressApi>, cache = progressCacheItem) {
  return createStore<ProgressState>()((set) => ({
    data: null,
    loading: false,
    error: null,
    async load(userId) {
      set({ loading: true, error: null });
      const cached = await cache.getValue();
      if (cached?.userId === userId) set({ data: cached });
      try {
        const api = await getApi();
        const [summary, stats, weaknesses, phrases, review, level, history] = await Promise.all([
          api.progressSummary(userId),
          api.progressStats(userId).catch(() => null),
          api.weaknesses(userId).then((w) => w.items).catch(() => []),
          api.listPhrases().then((p) => p.items).catch(() => []),
          api.reviewSummary().catch(() => null),
          api.levelEstimate(userId).catch(() => null),
          api.progressHistory(userId).catch(() => null),
        ]);
        const data: ProgressData = { userId, summary, stats, weaknesses, phrases, review, level, history };
        set({ data, loading: false });
        await cache.setValue(data);
      } catch (error) {
        set({ loading: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  }));
}
