// Practice requests from extension pages (the panel's own "practise" buttons) over the typed
// message contract.
import { onMessage } from '../../platform/messaging';
import type { PracticeService } from '../../practice/practice-service';

/** Returns a function that removes the listeners (one per message type is allowed in a context). */
export function setUpPracticeMessages(practice: PracticeService): () => void {
  const removers = [
    onMessage('requestPractice', ({ data: { tabId, text, ...source } }) => void practice.request(tabId, text, source)),
    onMessage('practiceSelection', ({ data }) => void practice.practiceSelection(data.tabId)),
  ];
  return () => removers.forEach((remove) => remove());
}
