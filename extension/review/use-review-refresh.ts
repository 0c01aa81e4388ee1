// Keeps the panel's "N to review" current: on sign-in, after every turn (a correction may have
// added to the notebook, a used item may have left it) and when a practice phrase is saved (it
// joins the queue as a phrase item, due at once).
import { useEffect } from 'react';
import type { ConversationStore } from '../conversation/conversation-store';
import type { PracticeStore } from '../practice/practice-store';
import type { ReviewPanelStore } from './review-panel-store';

/** Calls `refresh` each time a turn ends; returns the way to stop. */
export function watchTurnsForReview(conversation: ConversationStore, refresh: () => Promise<void>): () => void {
  return conversation.subscribe((state, previous) => {
    if (previous.busy && !state.busy) void refresh();
  });
}

/** Calls `refresh` each time the server has saved a new practice phrase; returns the way to stop. */
export function watchPhrasesForReview(practice: PracticeStore, refresh: () => Promise<void>): () => void {
  return practice.subscribe((state, previous) => {
    if (state.phrase && state.phrase.id !== previous.phrase?.id) void refresh();
  });
}

export function useReviewRefresh(conversation: ConversationStore, practice: PracticeStore, review: ReviewPanelStore, signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const refresh = () => review.getState().refresh();
    void refresh();
    const stopTurns = watchTurnsForReview(conversation, refresh);
    const stopPhrases = watchPhrasesForReview(practice, refresh);
    return () => {
      stopTurns();
      stopPhrases();
    };
  }, [conversation, practice, review, signedIn]);
}
