// pdf.js, loaded only when the panel meets a PDF. Its worker file ships inside the extension
// (Vite emits it as an asset of the build); nothing is fetched from anywhere else. The worker
// starts while the PDF downloads, so reading the file does not wait for it.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfDocumentLike } from './pdf-text';

export interface PdfEngine {
  open: (data: Uint8Array) => Promise<{ doc: PdfDocumentLike; close: () => Promise<void> }>;
}

export async function startPdfEngine(): Promise<PdfEngine> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const worker = new pdfjs.PDFWorker();
  await worker.promise;
  return {
    async open(data) {
      // No eval in an extension page (its CSP forbids it), and no fonts or images are needed for text.
      const task = pdfjs.getDocument({ data, worker, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
      const doc = await task.promise;
      return { doc, close: () => task.destroy() };
    },
  };
}
