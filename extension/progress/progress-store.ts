// The popup's progress: summary, this week's corrections, weaknesses and recent phrases, loaded
// in parallel. The last answer is kept so the popup paints at once on the next open.
import { createStore } from 'zustand/vanilla';
import { storage } from 'wxt/utils/storage';
import type { ProgressStats, ProgressSummary, Weaknesses } from '../../shared/api';
import type { ApiClient } from '../api/api-client';
import type { PhraseView } from '../../shared/phrases';

export interface ProgressData {
  userId: string;
  summary: ProgressSummary;
  stats: ProgressStats | null;
  weaknesses: Weaknesses['items'];
  phrases: PhraseView[];
}

export interface ProgressState {
  data: ProgressData | null;
  loading: boolean;
  error: string | null;
  load: (userId: string) => Promise<void>;
}

export const progressCacheItem = storage.defineItem<ProgressData | null>('local:progressCache', {
  fallback: null,
  version: 1,
});

type ProgressApi = Pick<ApiClient, 'progressSummary' | 'progressStats' | 'weaknesses' | 'listPhrases'>;

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
        const [summary, stats, weaknesses, phrases] = await Promise.all([
          api.progressSummary(userId),
          api.progressStats(userId).catch(() => null),
          api.weaknesses(userId).then((w) => w.items).catch(() => []),
          api.listPhrases().then((p) => p.items).catch(() => []),
        ]);
        const data: ProgressData = { userId, summary, stats, weaknesses, phrases };
        set({ data, loading: false });
        await cache.setValue(data);
      } catch (error) {
        set({ loading: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  }));
}
