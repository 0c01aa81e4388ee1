// The material of a page where neither Readability nor the video and PDF readers find any: what
// the learner selected, else the page's visible text, so "talk about this" works anywhere.
import { MAX_ARTICLE_CHARS } from '../../shared/api';
import type { LoadedPage } from './loaded-page';
import type { PageSnapshot } from './page-snapshot';

/** A selection shorter than this is a word or two, too little to talk about: the visible text is used. */
export const MIN_SELECTION_CHARS = 20;
/** Below this much visible text (a search form, a login box) the page has nothing to talk about. */
export const MIN_VISIBLE_CHARS = 200;

const collapse = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

export function selectionMaterial(snapshot: PageSnapshot): LoadedPage | null {
  const started = performance.now();
  const selected = collapse(snapshot.selection);
  const visible = selected.length >= MIN_SELECTION_CHARS ? '' : collapse(snapshot.visibleText);
  const text = (selected.length >= MIN_SELECTION_CHARS ? selected : visible.length >= MIN_VISIBLE_CHARS ? visible : '').slice(0, MAX_ARTICLE_CHARS);
  if (!text) return null;
  return {
    page: { status: 'article', title: snapshot.title, url: snapshot.url, text, material: { kind: 'selection' } },
    extractionMs: performance.now() - started,
  };
}
