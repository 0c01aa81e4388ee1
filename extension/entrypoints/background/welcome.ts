// The welcome tab on install asks for the microphone once (a side panel cannot ask).
import { browser } from 'wxt/browser';

export function setUpWelcomePage(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
