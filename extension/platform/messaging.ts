// The one typed message contract between the extension's pages and its background.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ProtocolMap {
  /** Practise a phrase from a tab: the context menu, the shortcut and the tests all end here. */
  requestPractice(data: { tabId: number; text: string; sourceUrl?: string; sourceTitle?: string; context?: string }): void;
  /** Practise whatever is highlighted in the tab (the keyboard shortcut's path). */
  practiceSelection(data: { tabId: number }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
