// What the panel's material loaders answer: the page as the panel shows it, and how long the
// extraction itself took (the budget's figure), null when nothing was extracted.
import type { PageInfo } from '../conversation/conversation-store';

export interface LoadedPage {
  page: PageInfo;
  extractionMs: number | null;
}
