// Highlight-to-practice in the background: the context menu and the keyboard shortcut both hand
// the phrase to `request`, which leaves it for the panel and opens the panel on that tab.
import type { Browser } from 'wxt/browser';
import type { PendingPractice } from '../settings/settings';

export const PRACTICE_MENU_ID = 'practice-phrase';
export const PRACTICE_COMMAND = 'practice-selection';
export const MAX_PHRASE_CHARS = 300;

export interface PracticeServiceDeps {
  savePending: (pending: PendingPractice) => Promise<void>;
  openPanel: (tabId: number) => Promise<void>;
  readSelection: (tabId: number) => Promise<string>;
  now?: () => number;
}

export interface PracticeService {
  request: (tabId: number, text: string, sourceUrl?: string) => Promise<boolean>;
  onMenuClicked: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => Promise<boolean>;
  practiceSelection: (tabId: number) => Promise<boolean>;
}

export function createPracticeService(deps: PracticeServiceDeps): PracticeService {
  const now = deps.now ?? Date.now;

  /** Opens the panel first: it can only be opened inside the user's gesture. */
  async function deliver(tabId: number, text: Promise<string> | string, sourceUrl?: string): Promise<boolean> {
    const opened = deps.openPanel(tabId);
    const phrase = (await text).replace(/\s+/g, ' ').trim().slice(0, MAX_PHRASE_CHARS);
    if (phrase) await deps.savePending({ tabId, text: phrase, sourceUrl, requestedAt: now() });
    await opened;
    return phrase.length > 0;
  }

  const request = (tabId: number, text: string, sourceUrl?: string) => deliver(tabId, text, sourceUrl);

  return {
    request,
    onMenuClicked(info, tab) {
      if (info.menuItemId !== PRACTICE_MENU_ID || tab?.id === undefined) return Promise.resolve(false);
      return request(tab.id, info.selectionText ?? '', info.pageUrl);
    },
    practiceSelection: (tabId) => deliver(tabId, deps.readSelection(tabId).catch(() => '')),
  };
}
