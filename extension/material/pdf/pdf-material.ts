// A PDF open in the browser as the session's material: the panel fetches the file itself (with
// the host permission the learner granted) and reads the pages around where the learner is with
// pdf.js. Loaded lazily: only PDF tabs need this code, and pdf.js loads later still.
import type { LoadedPage } from '../loaded-page';
import type { PageInfo } from '../../conversation/conversation-store';
import { extractPdfText, fileNameOf, pageFromFragment, type PdfDocumentLike } from './pdf-text';

/** Larger files are not read: the panel holds the whole file in memory. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export interface PdfSource {
  fetchBytes: (url: string) => Promise<Uint8Array | null>;
  /** Loads the PDF reader; started before the download so both happen at once. */
  engine: () => Promise<{ open: (data: Uint8Array) => Promise<{ doc: PdfDocumentLike; close: () => Promise<void> }> }>;
}

async function fetchPdfBytes(url: string): Promise<Uint8Array | null> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) return null;
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PDF_BYTES) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length > MAX_PDF_BYTES ? null : bytes;
}

export const browserPdfSource: PdfSource = {
  fetchBytes: (url) => fetchPdfBytes(url).catch(() => null),
  engine: async () => (await import('./pdfjs-loader')).startPdfEngine(),
};

export async function loadPdfMaterial(url: string, tabTitle: string, source: PdfSource = browserPdfSource): Promise<LoadedPage> {
  const fallbackTitle = fileNameOf(url) || tabTitle;
  const unreadable: PageInfo = { status: 'no-article', title: fallbackTitle, url, text: '', material: { kind: 'pdf', note: 'pdf-unreadable' } };
  const engine = source.engine();
  engine.catch(() => undefined);
  const data = await source.fetchBytes(url);
  if (!data) return { page: unreadable, extractionMs: null };
  let opened: { doc: PdfDocumentLike; close: () => Promise<void> } | null = null;
  try {
    const reader = await engine;
    const started = performance.now();
    opened = await reader.open(data);
    const pdf = await extractPdfText(opened.doc, { aroundPage: pageFromFragment(url) ?? 1 });
    const extractionMs = performance.now() - started;
    const title = pdf.title || fallbackTitle;
    const material = { kind: 'pdf' as const, pages: pdf.pages, ...(pdf.author ? { author: pdf.author } : {}) };
    if (!pdf.text) return { page: { status: 'no-article', title, url, text: '', material: { ...material, note: 'no-pdf-text' } }, extractionMs };
    return { page: { status: 'article', title, url, text: pdf.text, material }, extractionMs };
  } catch {
    return { page: unreadable, extractionMs: null };
  } finally {
    void opened?.close().catch(() => undefined);
  }
}
