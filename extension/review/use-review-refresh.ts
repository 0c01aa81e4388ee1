// Keeps the panel's "N to review" current: on sign-in, and after every turn (a correction may
// have added to the notebook, a used item may have left it).
import { useEffect } from 'react';
import type { ConversationStore } from '../conversation/conversation-store';
import type { ReviewPanelStore } from './review-panel-store';

/** Calls `refresh` each time a turn ends; returns the way to stop. */
export function watchTurnsForReview(conversation: ConversationStore, refresh: () => Promise<void>): () => void {
  return conversation.subscribe((state, previous) => {
    if (previous.busy && !state.busy) void refresh();
  });
}

export function useReviewRefresh(conversation: ConversationStore, review: ReviewPanelStore, signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const refresh = () => review.getState().refresh();
    void refresh();
    return watchTurnsForReview(conversation, refresh);
  }, [conversation, review, signedIn]);
}
