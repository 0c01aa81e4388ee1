// Highlight-to-practice in the background: the context menu and the keyboard shortcut both hand
// the phrase to the panel of its tab, with the sentence it was highlighted in and the page's
// title (the server explains the phrase as used there), and open the panel on that tab.
import type { Browser } from 'wxt/browser';
import type { PageSelection } from '../material/page-selection';
import type { PendingPractice } from '../settings/settings';

export const PRACTICE_MENU_ID = 'practice-phrase';
export const PRACTICE_COMMAND = 'practice-selection';
export const MAX_PHRASE_CHARS = 300;

export interface PracticeServiceDeps {
  savePending: (pending: PendingPractice) => Promise<void>;
  openPanel: (tabId: number) => Promise<void>;
  /** Reads the selection in the tab's page (with scripting); rejects where the page cannot be read. */
  readSelection: (tabId: number) => Promise<PageSelection>;
  now?: () => number;
}

/** What the panel already knows about a phrase it hands over (a caption line, a PDF's text). */
export interface PhraseSource {
  sourceUrl?: string;
  sourceTitle?: string;
  /** The line or sentence the phrase came from, used as given instead of reading the page. */
  context?: string;
}

export interface PracticeService {
  request: (tabId: number, text: string, source?: PhraseSource) => Promise<boolean>;
  onMenuClicked: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => Promise<boolean>;
  practiceSelection: (tabId: number) => Promise<boolean>;
}

interface Highlight {
  text: string;
  sentence?: string;
  title?: string;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function createPracticeService(deps: PracticeServiceDeps): PracticeService {
  const now = deps.now ?? Date.now;
  const readSelection = (tabId: number) => deps.readSelection(tabId).catch(() => null);

  /** Opens the panel first: it can only be opened inside the user's gesture. */
  async function deliver(tabId: number, highlight: Promise<Highlight>, pageUrl?: Promise<string | undefined> | string): Promise<boolean> {
    const opened = deps.openPanel(tabId);
    const [{ text, sentence, title }, sourceUrl] = await Promise.all([highlight, pageUrl]);
    const phrase = tidy(text).slice(0, MAX_PHRASE_CHARS);
    const context = sentence ? tidy(sentence) : '';
    const sourceTitle = title ? tidy(title) : '';
    if (phrase) {
      await deps.savePending({
        tabId,
        text: phrase,
        ...(sourceUrl ? { sourceUrl } : {}),
        ...(sourceTitle ? { sourceTitle } : {}),
        ...(context && context !== phrase ? { context } : {}),
        requestedAt: now(),
      });
    }
    await opened;
    return phrase.length > 0;
  }

  /**
   * A phrase handed over without its page (the context menu gives only the text): its sentence is
   * read from the tab, and kept only when the page's selection is that same phrase.
   */
  async function withSentence(tabId: number, text: string, title?: string): Promise<Highlight> {
    const inPage = await readSelection(tabId);
    const same = inPage !== null && tidy(inPage.text) === tidy(text);
    return { text, sentence: same ? inPage.sentence : undefined, title: inPage?.title || title };
  }

  const request = (tabId: number, text: string, source: PhraseSource = {}) =>
    deliver(
      tabId,
      // A caption line is not in the page's DOM selection, so the context the panel gives is the sentence.
      source.context ? Promise.resolve({ text, sentence: source.context, title: source.sourceTitle }) : withSentence(tabId, text, source.sourceTitle),
      source.sourceUrl,
    );

  return {
    request,
    onMenuClicked(info, tab) {
      if (info.menuItemId !== PRACTICE_MENU_ID || tab?.id === undefined) return Promise.resolve(false);
      return request(tab.id, info.selectionText ?? '', { sourceUrl: info.pageUrl, sourceTitle: tab.title });
    },
    async practiceSelection(tabId) {
      const inPage = readSelection(tabId);
      const highlight = inPage.then((found) => ({ text: found?.text ?? '', sentence: found?.sentence, title: found?.title }));
      return deliver(tabId, highlight, inPage.then((found) => found?.url || undefined));
    },
  };
}
