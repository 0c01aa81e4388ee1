// Turns a page snapshot into the article the tutor talks about, with Mozilla Readability.
import { Readability } from '@mozilla/readability';
import { MAX_ARTICLE_CHARS } from '../../shared/api';
import type { PageSnapshot } from './page-snapshot';

export interface Article {
  title: string;
  text: string;
  excerpt: string;
  /** Time spent parsing and extracting, for the budget report. */
  extractionMs: number;
}

/** Below this much prose a page is treated as having no article (menus, search results). */
const MIN_ARTICLE_CHARS = 400;

export function extractArticle(snapshot: PageSnapshot): Article | null {
  const started = performance.now();
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const base = doc.createElement('base');
  base.href = snapshot.url;
  doc.head.prepend(base);
  const parsed = new Readability(doc, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const extractionMs = performance.now() - started;
  const text = normaliseWhitespace(parsed?.textContent ?? '');
  if (!parsed || text.length < MIN_ARTICLE_CHARS) return null;
  return {
    title: (parsed.title || snapshot.title).trim(),
    text: text.slice(0, MAX_ARTICLE_CHARS),
    excerpt: (parsed.excerpt ?? '').trim(),
    extractionMs,
  };
}

function normaliseWhitespace(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
