// The background's real listeners on WXT's fake browser: the context menu, the keyboard shortcuts,
// the typed messages and the welcome tab, each driven by the browser event a learner causes. The
// browser APIs the fake does not implement (context menus, commands, side panel, scripting) are
// in-memory twins that record what the background asked of them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../platform/messaging';
import { PRACTICE_COMMAND, PRACTICE_MENU_ID } from '../../practice/practice-service';
import { OPEN_PANEL_COMMAND } from '../../platform/side-panel';
import { pendingPracticeItem } from '../../settings/settings';
import { setUpCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { setUpPracticeMessages } from './messages';
import { createBackgroundPractice } from './practice';
import { setUpWelcomePage } from './welcome';

/** A browser event with listeners and a `trigger`, as fakeBrowser makes its own. */
function fakeEvent<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: Parameters<Listener>) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

type MenuClick = (info: { menuItemId: string; selectionText?: string; pageUrl?: string; editable: boolean; frameId: number }, tab?: { id?: number; title?: string }) => void;

/** What each tab's page answers to the injected selection reader. */
const pages = new Map<number, { text: string; sentence: string; title: string; url: string }>();

function installBrowserTwins() {
  const twins = {
    onMenuClicked: fakeEvent<MenuClick>(),
    onCommand: fakeEvent<(command: string, tab?: { id?: number }) => void>(),
    createMenu: vi.fn(),
    setPanelOptions: vi.fn(async () => undefined),
    openPanel: vi.fn(async () => undefined),
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => [{ frameId: 0, result: pages.get(target.tabId) }]),
  };
  Object.assign(fakeBrowser.contextMenus, { create: twins.createMenu, onClicked: twins.onMenuClicked });
  Object.assign(fakeBrowser.commands, { onCommand: twins.onCommand });
  Object.assign(fakeBrowser.sidePanel, { setOptions: twins.setPanelOptions, open: twins.openPanel });
  Object.assign(fakeBrowser.scripting, { executeScript: twins.executeScript });
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => (key === 'practiceMenu' ? 'Practise this phrase' : '') });
  return twins;
}

let twins: ReturnType<typeof installBrowserTwins>;
const removers: Array<() => void> = [];

beforeEach(() => {
  fakeBrowser.reset();
  pages.clear();
  twins = installBrowserTwins();
});
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});

const pending = () => pendingPracticeItem.getValue();
const expectPanelOpenedFor = (tabId: number) => {
  expect(twins.openPanel).toHaveBeenCalledWith({ tabId });
  expect(twins.setPanelOptions).toHaveBeenCalledWith({ tabId, path: `sidepanel.html?tab=${tabId}`, enabled: true });
};

describe('context menu', () => {
  it('offers "Practise this phrase" on selections once the extension is installed or updated', async () => {
    setUpContextMenu(createBackgroundPractice());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(twins.createMenu).toHaveBeenCalledWith({ id: PRACTICE_MENU_ID, title: 'Practise this phrase', contexts: ['selection'] });
  });

  it('leaves the clicked selection for the panel of that tab and opens the panel there', async () => {
    setUpContextMenu(createBackgroundPractice());
    await twins.onMenuClicked.trigger(
      { menuItemId: PRACTICE_MENU_ID, selectionText: 'pollinating  flowers', pageUrl: 'http://news.test/bees', editable: false, frameId: 0 },
      { id: 7, title: 'Rooftop bees' },
    );
    await vi.waitFor(async () => expect(await pending()).toMatchObject({ tabId: 7, text: 'pollinating flowers', sourceUrl: 'http://news.test/bees' }));
    expectPanelOpenedFor(7);
  });

  it('ignores other menu items', async () => {
    setUpContextMenu(createBackgroundPractice());
    await twins.onMenuClicked.trigger({ menuItemId: 'something-else', selectionText: 'bees', editable: false, frameId: 0 }, { id: 7 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await pending()).toBeNull();
    expect(twins.openPanel).not.toHaveBeenCalled();
  });
});

describe('keyboard shortcuts', () => {
  it('practise-selection reads what is highlighted in that tab, tidies it and opens the panel there', async () => {
    pages.set(3, { text: '  break   the ice ', sentence: 'A joke can break the ice.', title: 'Meetings', url: 'http://news.test/meetings' });
    setUpCommands(createBackgroundPractice());
    await twins.onCommand.trigger(PRACTICE_COMMAND, { id: 3 });
    await vi.waitFor(async () =>
      expect(await pending()).toMatchObject({ tabId: 3, text: 'break the ice', context: 'A joke can break the ice.', sourceTitle: 'Meetings', sourceUrl: 'http://news.test/meetings' }),
    );
    expect(twins.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3 } }));
    expectPanelOpenedFor(3);
  });

  it('open-panel opens the tutor on that tab and practises nothing', async () => {
    pages.set(3, { text: 'break the ice', sentence: '', title: 'Meetings', url: 'http://news.test/meetings' });
    setUpCommands(createBackgroundPractice());
    await twins.onCommand.trigger(OPEN_PANEL_COMMAND, { id: 3 });
    await vi.waitFor(() => expectPanelOpenedFor(3));
    expect(twins.executeScript).not.toHaveBeenCalled();
    expect(await pending()).toBeNull();
  });

  it('does nothing for a command without a tab', async () => {
    setUpCommands(createBackgroundPractice());
    await twins.onCommand.trigger(PRACTICE_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(twins.executeScript).not.toHaveBeenCalled();
    expect(twins.openPanel).not.toHaveBeenCalled();
  });
});

describe('typed messages from extension pages', () => {
  it('requestPractice leaves the given phrase for the panel of the named tab', async () => {
    removers.push(setUpPracticeMessages(createBackgroundPractice()));
    await sendMessage('requestPractice', { tabId: 9, text: 'on the same page', sourceUrl: 'http://news.test/page' });
    await vi.waitFor(async () => expect(await pending()).toMatchObject({ tabId: 9, text: 'on the same page', sourceUrl: 'http://news.test/page' }));
    expectPanelOpenedFor(9);
  });

  it('requestPractice from a caption line keeps the line as the context and the video title, without reading the page', async () => {
    // The page's own selection is elsewhere: a caption line in the panel is not in the page.
    pages.set(9, { text: 'something else', sentence: 'Something else entirely.', title: 'Other', url: 'http://video.test/watch' });
    removers.push(setUpPracticeMessages(createBackgroundPractice()));
    await sendMessage('requestPractice', {
      tabId: 9,
      text: 'plant the seeds',
      sourceUrl: 'http://video.test/watch?t=192s',
      sourceTitle: 'Rice farming',
      context: 'Then we plant the seeds in wet soil.',
    });
    await vi.waitFor(async () =>
      expect(await pending()).toMatchObject({
        tabId: 9,
        text: 'plant the seeds',
        context: 'Then we plant the seeds in wet soil.',
        sourceTitle: 'Rice farming',
        sourceUrl: 'http://video.test/watch?t=192s',
      }),
    );
    expect(twins.executeScript).not.toHaveBeenCalled();
  });

  it('practiceSelection practises what is highlighted in the named tab', async () => {
    pages.set(4, { text: 'take part in', sentence: 'Anyone can take part in it.', title: 'Races', url: 'http://news.test/races' });
    removers.push(setUpPracticeMessages(createBackgroundPractice()));
    await sendMessage('practiceSelection', { tabId: 4 });
    await vi.waitFor(async () => expect(await pending()).toMatchObject({ tabId: 4, text: 'take part in' }));
    expect(twins.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 4 } }));
  });
});

describe('welcome tab', () => {
  it('opens on install (to ask for the microphone) and not on update', async () => {
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === fakeBrowser.runtime.getURL('/welcome.html'));
    setUpWelcomePage();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
  });
});
