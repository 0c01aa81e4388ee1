// Everything the background registers, so `background.ts` stays wiring only.
import { browser } from 'wxt/browser';
import { onMessage } from './messaging';
import { readPageSelection } from './page-snapshot';
import { PRACTICE_COMMAND, PRACTICE_MENU_ID, createPracticeService, type PracticeService } from './practice-service';
import { pendingPracticeItem } from './settings';
import { openPanelForTab } from './side-panel';

export const OPEN_PANEL_COMMAND = 'open-panel';

export function setUpPractice(): PracticeService {
  const practice = createPracticeService({
    savePending: (pending) => pendingPracticeItem.setValue(pending),
    openPanel: openPanelForTab,
    readSelection: readPageSelection,
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: PRACTICE_MENU_ID, title: browser.i18n.getMessage('practiceMenu') || 'Practice this phrase', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void practice.onMenuClicked(info, tab));
  onMessage('requestPractice', ({ data }) => void practice.request(data.tabId, data.text, data.sourceUrl));
  onMessage('practiceSelection', ({ data }) => void practice.practiceSelection(data.tabId));
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === PRACTICE_COMMAND) void practice.practiceSelection(tab.id);
    if (command === OPEN_PANEL_COMMAND) void openPanelForTab(tab.id);
  });
  return practice;
}

export function setUpWelcomePage(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
