// "Practice this phrase" on a selection.
import { browser } from 'wxt/browser';
import { PRACTICE_MENU_ID, type PracticeService } from '../../practice/practice-service';

export function setUpContextMenu(practice: PracticeService): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: PRACTICE_MENU_ID,
      title: browser.i18n.getMessage('practiceMenu') || 'Practice this phrase',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void practice.onMenuClicked(info, tab));
}
