// One drill card: loads a notebook item (a given one, or the next due), scores the learner's
// answer and rates the item on the server, which answers with its next due date.
import { createStore } from 'zustand/vanilla';
import type { ReviewItemView } from '../../shared/review';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { drillTarget, scoreDrillAnswer, type DrillScore, type DrillTarget } from './drill-rating';

export type DrillStatus = 'loading' | 'ready' | 'checking' | 'rated' | 'empty' | 'unavailable';

export interface DrillResult extends DrillScore {
  answer: string;
  /** When the item is due again, from the server's scheduler. */
  due: string;
}

export interface DrillState {
  status: DrillStatus;
  item: ReviewItemView | null;
  target: DrillTarget | null;
  result: DrillResult | null;
  error: string | null;
  load: (itemId: string | null) => Promise<void>;
  submit: (answer: string) => Promise<void>;
}

export type DrillApi = Pick<ApiClient, 'reviewItem' | 'reviewItems' | 'rateReviewItem'>;
export type DrillStore = ReturnType<typeof createDrillStore>;

export interface DrillStoreDeps {
  getApi: () => Promise<DrillApi>;
  /** After a rating is stored: the "N to review" count changes. */
  onRated?: () => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDrillStore({ getApi, onRated }: DrillStoreDeps) {
  return createStore<DrillState>()((set, get) => ({
    status: 'loading',
    item: null,
    target: null,
    result: null,
    error: null,
    async load(itemId) {
      set({ status: 'loading', item: null, target: null, result: null, error: null });
      try {
        const api = await getApi();
        const item = itemId ? await api.reviewItem(itemId) : (await api.reviewItems({ due: true, limit: 1 })).items[0];
        if (!item) return set({ status: 'empty' });
        set({ status: 'ready', item, target: drillTarget(item) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404 && !itemId) return set({ status: 'unavailable' });
        set({ status: 'empty', error: message(error) });
      }
    },
    async submit(answer) {
      const { status, item, target } = get();
      const words = answer.trim();
      if (status !== 'ready' || !item || !target || !words) return;
      const score = scoreDrillAnswer(target, words);
      set({ status: 'checking', error: null });
      try {
        const rated = await (await getApi()).rateReviewItem(item.id, { rating: score.rating, answer: words });
        set({ status: 'rated', item: rated, result: { ...score, answer: words, due: rated.due } });
        onRated?.();
      } catch (error) {
        set({ status: 'ready', error: message(error) });
      }
    },
  }));
}
