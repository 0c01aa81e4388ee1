// Opens the practice card when the background leaves a phrase for this panel's tab.
import { useEffect } from 'react';
import { pendingPracticeItem, type PendingPractice } from '../settings/settings';
import type { PracticeStore } from './practice-store';

export function usePendingPractice(tabId: number | null | undefined, practice: PracticeStore): void {
  useEffect(() => {
    if (tabId === undefined) return;
    const take = (pending: PendingPractice | null) => {
      if (!pending || (tabId !== null && pending.tabId !== tabId)) return;
      void pendingPracticeItem.setValue(null);
      const { sourceUrl, sourceTitle, context } = pending;
      void practice.getState().open(pending.text, { sourceUrl, sourceTitle, context });
    };
    void pendingPracticeItem.getValue().then(take);
    return pendingPracticeItem.watch(take);
  }, [tabId, practice]);
}
