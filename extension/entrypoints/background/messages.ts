// Practice requests from extension pages (the panel's own "practise" buttons) over the typed
// message contract.
import { onMessage } from '../../platform/messaging';
import type { PracticeService } from '../../practice/practice-service';

/** Returns a function that removes the listeners (one per message type is allowed in a context). */
export function setUpPracticeMessages(practice: PracticeService): () => void {
  const removers = [
    onMessage('requestPractice', ({ data }) => void practice.request(data.tabId, data.text, data.sourceUrl)),
    onMessage('practiceSelection', ({ data }) => void practice.practiceSelection(data.tabId)),
  ];
  return () => removers.forEach((remove) => remove());
}
