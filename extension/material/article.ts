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
  // The article as an element, not serialised HTML: its text is read below with line breaks.
  const parsed = new Readability<Element>(doc, { charThreshold: MIN_ARTICLE_CHARS, serializer: (el) => el as Element }).parse();
  const text = normaliseWhitespace(parsed?.content ? blockText(parsed.content) : '');
  const extractionMs = performance.now() - started;
  if (!parsed || text.length < MIN_ARTICLE_CHARS) return null;
  return {
    title: (parsed.title || snapshot.title).trim(),
    text: text.slice(0, MAX_ARTICLE_CHARS),
    excerpt: (parsed.excerpt ?? '').trim(),
    extractionMs,
  };
}

/** Elements that start a new line of text, as a browser lays them out. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/**
 * The element's text with a line break around every block. Readability's own textContent runs
 * the paragraphs of minified HTML ("<p>…ends.</p><p>Next…") together as "ends.Next", which the
 * sentence splitter cannot split.
 */
function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

function normaliseWhitespace(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
