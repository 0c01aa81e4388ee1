// Which tab the panel serves and what that tab shows: the tab's title at once (first render),
// then the material read on demand. An article is read here; everything else (a video's
// captions, a PDF's pages, the selection or visible text, asking for a site's permission) is in
// any-material.ts, loaded only for such tabs.
import { browser } from 'wxt/browser';
import { extractArticle } from './article';
import type { LoadedPage } from './loaded-page';
import { takePageSnapshot } from './page-snapshot';
import type { PageInfo } from '../conversation/conversation-store';

export type { LoadedPage };

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

export const looksLikePdf = (url: string) => /\.pdf$/i.test(url.split(/[?#]/)[0] ?? '');
const looksLikeWatchPage = (url: string) => /^https:\/\/(www\.|m\.)?youtube\.com\/watch\?/.test(url);

/** `show` is told of intermediate states (waiting for the learner's permission). */
export async function loadMaterial(tabId: number | null, fallback: PageInfo, show: (page: PageInfo) => void = () => undefined): Promise<LoadedPage> {
  if (tabId === null) return { page: { ...fallback, status: 'unavailable' }, extractionMs: null };
  const others = () => import('./any-material');
  if (looksLikePdf(fallback.url) || looksLikeWatchPage(fallback.url)) return (await others()).loadMaterialOf(tabId, fallback, show);
  const snapshot = await takePageSnapshot(tabId).catch(() => null);
  const article = snapshot && snapshot.contentType !== 'application/pdf' && !looksLikeWatchPage(snapshot.url) ? extractArticle(snapshot) : null;
  if (snapshot && article) {
    return {
      page: { status: 'article', title: article.title, url: snapshot.url, text: article.text, material: { kind: 'article' } },
      extractionMs: article.extractionMs,
    };
  }
  const { loadMaterialOf, browserReaders } = await others();
  return loadMaterialOf(tabId, fallback, show, browserReaders, snapshot);
}
