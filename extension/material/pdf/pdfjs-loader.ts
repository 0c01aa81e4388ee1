// pdf.js, loaded only when the panel meets a PDF. Its worker file ships inside the extension
// (Vite emits it as an asset of the build); nothing is fetched from anywhere else.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfDocumentLike } from './pdf-text';

export async function openPdf(data: Uint8Array): Promise<{ doc: PdfDocumentLike; close: () => Promise<void> }> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // No eval in an extension page (its CSP forbids it), and no fonts or images are needed for text.
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  const doc = await task.promise;
  return { doc, close: () => task.destroy() };
}
