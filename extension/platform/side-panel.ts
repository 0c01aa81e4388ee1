// Opens the tutor for one tab: Chrome's side panel (pointed at `?tab=<id>` so the panel serves
// that tab) or Firefox's sidebar. Must be called inside the user's gesture, so nothing is awaited
// before `open`.
import { browser } from 'wxt/browser';

export const OPEN_PANEL_COMMAND = 'open-panel';

export function panelPath(tabId: number): `sidepanel.html?tab=${number}` {
  return `sidepanel.html?tab=${tabId}`;
}

interface FirefoxSidebar {
  sidebarAction?: { open: () => Promise<void>; setPanel: (details: { tabId?: number; panel: string }) => Promise<void> };
}

export async function openPanelForTab(tabId: number): Promise<void> {
  const sidePanel = browser.sidePanel;
  if (sidePanel) {
    const configured = sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true });
    const opened = sidePanel.open({ tabId });
    await Promise.allSettled([configured, opened]);
    return;
  }
  // Firefox's sidebar is not in Chrome's typings.
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (!sidebar) return;
  const opened = sidebar.open();
  await Promise.allSettled([sidebar.setPanel({ tabId, panel: browser.runtime.getURL(`/${panelPath(tabId)}`) }), opened]);
}
