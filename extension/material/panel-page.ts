// Which tab the panel serves and what that tab shows: the tab's title at once (first render),
// then the article extracted on demand.
import { browser } from 'wxt/browser';
import { extractArticle } from './article';
import { takePageSnapshot } from './page-snapshot';
import type { PageInfo } from '../conversation/conversation-store';

export async function resolvePanelTab(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function quickPageInfo(tabId: number | null): Promise<PageInfo> {
  if (tabId === null) return { status: 'unavailable', title: '', url: '', text: '' };
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return { status: 'loading', title: tab?.title ?? '', url: tab?.url ?? '', text: '' };
}

export interface LoadedPage {
  page: PageInfo;
  extractionMs: number | null;
}

export async function loadArticle(tabId: number | null, fallback: PageInfo): Promise<LoadedPage> {
  if (tabId === null) return { page: { ...fallback, status: 'unavailable' }, extractionMs: null };
  const snapshot = await takePageSnapshot(tabId).catch(() => null);
  if (!snapshot) return { page: { ...fallback, status: 'unavailable' }, extractionMs: null };
  const article = extractArticle(snapshot);
  if (!article) {
    return { page: { status: 'no-article', title: snapshot.title, url: snapshot.url, text: '' }, extractionMs: null };
  }
  return {
    page: { status: 'article', title: article.title, url: snapshot.url, text: article.text },
    extractionMs: article.extractionMs,
  };
}
