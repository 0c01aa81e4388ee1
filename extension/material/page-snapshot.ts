// What the panel injects into a page, on demand: a serialisation of the document, the current
// selection, the rendered text and the video's time (well under 1 KB). Readability itself runs in the panel: minified it is ~35 KB,
// above the 30 KB budget for anything injected into pages.
import { browser } from 'wxt/browser';

export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
  selection: string;
  /** The page's rendered text (what innerText shows), the material when nothing better is found. */
  visibleText: string;
  contentType: string;
  /** Where the page's first video is, in seconds (0 without one). */
  mediaTimeSec: number;
}

/** Runs inside the page; must not reference anything outside its own body. */
function snapshotPage(): PageSnapshot {
  return {
    url: location.href,
    title: document.title,
    html: document.documentElement.outerHTML,
    selection: String(getSelection() ?? '').trim(),
    visibleText: (document.body?.innerText ?? '').slice(0, 100_000),
    contentType: document.contentType,
    mediaTimeSec: document.querySelector('video')?.currentTime ?? 0,
  };
}

export async function takePageSnapshot(tabId: number): Promise<PageSnapshot | null> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
  return (result?.result as PageSnapshot | undefined) ?? null;
}
