// Keyboard shortcuts: practise the selection (Alt+Shift+P), open the tutor (Alt+Shift+E).
import { browser } from 'wxt/browser';
import { PRACTICE_COMMAND, type PracticeService } from '../../practice/practice-service';
import { OPEN_PANEL_COMMAND, openPanelForTab } from '../../platform/side-panel';

export function setUpCommands(practice: PracticeService): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === PRACTICE_COMMAND) void practice.practiceSelection(tab.id);
    if (command === OPEN_PANEL_COMMAND) void openPanelForTab(tab.id);
  });
}
