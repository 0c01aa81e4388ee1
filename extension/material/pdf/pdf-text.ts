// The text of a PDF's pages around where the learner is, page by page, within the server's limit
// on page text. Works on pdf.js's document object (any object of that shape, so tests can use
// pdf.js's Node build).
import { MAX_ARTICLE_CHARS } from '../../../shared/api';

/** pdf.js gives text items ({ str, hasEOL }) and marked-content markers (no text) in one list. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
  getMetadata(): Promise<{ info?: unknown }>;
}

export interface PdfText {
  title: string;
  author: string;
  text: string;
  pages: { first: number; last: number; total: number };
}

export interface PdfTextLimits {
  /** The page the learner is on (1-based); the page before it is read too, for context. */
  aroundPage?: number;
  maxChars?: number;
  maxPages?: number;
}

export const MAX_PDF_PAGES_READ = 12;
const PAGES_PER_BATCH = 4;

function pageText(items: readonly object[]): string {
  return items
    .map((item) => ('str' in item && typeof item.str === 'string' ? item.str : '') + ('hasEOL' in item && item.hasEOL ? '\n' : ''))
    .join('')
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function infoString(info: unknown, key: 'Title' | 'Author'): string {
  const value = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

export async function extractPdfText(doc: PdfDocumentLike, limits: PdfTextLimits = {}): Promise<PdfText> {
  const maxChars = limits.maxChars ?? MAX_ARTICLE_CHARS;
  const maxPages = limits.maxPages ?? MAX_PDF_PAGES_READ;
  const total = doc.numPages;
  const wanted = Math.min(Math.max(Math.trunc(limits.aroundPage ?? 1), 1), total);
  const first = Math.max(1, wanted - 1);
  const parts: string[] = [];
  let used = 0;
  let last = first - 1;
  const readPage = async (n: number) => pageText((await (await doc.getPage(n)).getTextContent()).items);
  while (last < total && last - first + 1 < maxPages && used < maxChars) {
    // A few pages at a time: the worker answers them in one go instead of one round trip each.
    const batch = Array.from({ length: Math.min(PAGES_PER_BATCH, total - last, maxPages - (last - first + 1)) }, (_, i) => last + 1 + i);
    for (const text of await Promise.all(batch.map(readPage))) {
      if (used >= maxChars) break;
      last++;
      if (!text) continue;
      const part = text.slice(0, maxChars - used - (parts.length > 0 ? 2 : 0));
      parts.push(part);
      used += part.length + (parts.length > 1 ? 2 : 0);
    }
  }
  const { info } = await doc.getMetadata().catch(() => ({ info: undefined }));
  return {
    title: infoString(info, 'Title'),
    author: infoString(info, 'Author'),
    text: parts.join('\n\n'),
    pages: { first, last, total },
  };
}

/** The page a PDF address opens at (#page=N, as Chrome's viewer and Acrobat read it), else null. */
export function pageFromFragment(url: string): number | null {
  const hash = url.indexOf('#');
  const match = hash < 0 ? null : /(?:^|&)page=(\d+)/.exec(url.slice(hash + 1));
  const page = Number(match?.[1] ?? 0);
  return page >= 1 ? page : null;
}

/** "report%202024.pdf" from its address, for a PDF without a Title. */
export function fileNameOf(url: string): string {
  try {
    const name = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(name);
  } catch {
    return '';
  }
}
