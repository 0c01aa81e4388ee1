// The panel's material readers beyond the article: a video's captions, a PDF's pages (asking the
// learner for the site's permission when needed), and the selection or visible text elsewhere.
// Loaded lazily: a tab whose article Readability finds needs none of this.
import { extractArticle } from './article';
import type { LoadedPage } from './loaded-page';
import type { PageMaterial } from './material';
import { accessDecision, hasAccess, originPatternOf } from './page-access';
import { takePageSnapshot, type PageSnapshot } from './page-snapshot';
import { looksLikePdf } from './panel-page';
import { selectionMaterial } from './selection';
import { watchPageVideoId } from './youtube/watch-page';
import type { PageInfo } from '../conversation/conversation-store';

export interface MaterialReaders {
  snapshot: (tabId: number) => Promise<PageSnapshot | null>;
  hasAccess: (pattern: string) => Promise<boolean>;
  /** Waits for the learner to grant or decline access (the header shows the buttons meanwhile). */
  accessDecision: () => Promise<boolean>;
  video: (snapshot: PageSnapshot, videoId: string, tabId: number) => Promise<LoadedPage>;
  pdf: (url: string, title: string) => Promise<LoadedPage>;
}

export const browserReaders: MaterialReaders = {
  snapshot: (tabId) => takePageSnapshot(tabId).catch(() => null),
  hasAccess,
  accessDecision,
  video: async (snapshot, videoId, tabId) => {
    const { loadVideoMaterial, videoTabAccess } = await import('./youtube/video-material');
    return loadVideoMaterial(snapshot, videoId, videoTabAccess(tabId));
  },
  pdf: async (url, title) => (await import('./pdf/pdf-material')).loadPdfMaterial(url, title),
};

/**
 * `show` is told of intermediate states (waiting for the learner's permission); the answer is
 * the page once its material is known.
 */
export async function loadMaterialOf(
  tabId: number | null,
  fallback: PageInfo,
  show: (page: PageInfo) => void = () => undefined,
  readers: MaterialReaders = browserReaders,
  /** The page's snapshot when the caller already took one. */
  taken?: PageSnapshot | null,
): Promise<LoadedPage> {
  const unavailable: LoadedPage = { page: { ...fallback, status: 'unavailable' }, extractionMs: null };
  if (tabId === null) return unavailable;

  /** True when the panel may read `url`'s site, after asking the learner if need be. */
  const access = async (url: string, kind: PageMaterial['kind']): Promise<boolean> => {
    const pattern = originPatternOf(url);
    if (!pattern) return false;
    if (await readers.hasAccess(pattern)) return true;
    show({ ...fallback, status: 'loading', material: { kind, note: 'needs-access', accessOrigin: pattern } });
    return readers.accessDecision();
  };
  const pdf = async (url: string): Promise<LoadedPage> => {
    if (!(await access(url, 'pdf'))) return { page: { ...fallback, status: 'no-article', material: { kind: 'pdf', note: 'pdf-unreadable' } }, extractionMs: null };
    return readers.pdf(url, fallback.title);
  };

  if (looksLikePdf(fallback.url)) return pdf(fallback.url);
  let snapshot = taken ?? (await readers.snapshot(tabId));
  if (!snapshot && (await access(fallback.url, watchPageVideoId(fallback.url) ? 'video' : 'article'))) snapshot = await readers.snapshot(tabId);
  if (!snapshot) return unavailable;
  if (snapshot.contentType === 'application/pdf') return pdf(snapshot.url);

  const videoId = watchPageVideoId(snapshot.url);
  if (videoId) return readers.video(snapshot, videoId, tabId);

  const article = extractArticle(snapshot);
  if (article) {
    return {
      page: { status: 'article', title: article.title, url: snapshot.url, text: article.text, material: { kind: 'article' } },
      extractionMs: article.extractionMs,
    };
  }
  return selectionMaterial(snapshot) ?? { page: { status: 'no-article', title: snapshot.title, url: snapshot.url, text: '' }, extractionMs: null };
}
