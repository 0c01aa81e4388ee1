// The side panel's part of the review loop that loads with the panel: how many notebook items are
// due ("N to review") and which drill is open. The drill itself loads only when it is opened.
import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/api-client';

/** The drill card being shown: one notebook item, or (null) the next item due. */
export interface DrillRequest {
  itemId: string | null;
}

export interface ReviewPanelState {
  /** Items due now; null until the server has answered (or when it keeps no notebook). */
  due: number | null;
  drill: DrillRequest | null;
  refresh: () => Promise<void>;
  openDrill: (itemId?: string) => void;
  closeDrill: () => void;
}

export type ReviewPanelStore = ReturnType<typeof createReviewPanelStore>;

export function createReviewPanelStore(getApi: () => Promise<Pick<ApiClient, 'reviewSummary'>>) {
  let latest = 0;
  return createStore<ReviewPanelState>()((set) => ({
    due: null,
    drill: null,
    async refresh() {
      const asked = ++latest;
      try {
        const summary = await (await getApi()).reviewSummary();
        // Answers can overtake each other (a turn and a drill end together): the last question wins.
        if (asked === latest) set({ due: summary.due });
      } catch {
        // The count is a hint: an unreachable server or one without the review routes leaves it as it was.
      }
    },
    openDrill: (itemId) => set({ drill: { itemId: itemId ?? null } }),
    closeDrill: () => set({ drill: null }),
  }));
}
