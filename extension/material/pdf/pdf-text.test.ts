// PDF text extraction on real PDFs (made with Ghostscript) through pdf.js's Node build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdfText, fileNameOf, pageFromFragment, type PdfDocumentLike } from './pdf-text';
import { loadPdfMaterial } from './pdf-material';

const bytes = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/e2e/pdf/${name}`));
const open = async (name: string) => (await getDocument({ data: bytes(name), isEvalSupported: false }).promise) as unknown as PdfDocumentLike;

describe('PDF text', () => {
  it('reads the page asked for and the page before it, with the Title and Author', async () => {
    const pdf = await extractPdfText(await open('city-bikes.pdf'), { aroundPage: 3 });
    expect(pdf).toMatchObject({ title: 'Electric bikes in small cities', author: 'City Transport Lab', pages: { first: 2, last: 4, total: 4 } });
    expect(pdf.text).toContain('Page two. Charging stations');
    expect(pdf.text).toContain('Page three. The council built protected bike lanes');
    expect(pdf.text).not.toContain('Page one.');
  });

  it('starts at the first page without a page to go to, and keeps a page number in range', async () => {
    const doc = await open('city-bikes.pdf');
    expect((await extractPdfText(doc)).pages).toEqual({ first: 1, last: 4, total: 4 });
    expect((await extractPdfText(doc, { aroundPage: 99 })).pages).toEqual({ first: 3, last: 4, total: 4 });
  });

  it('stops at the character limit and at the page limit', async () => {
    const doc = await open('fifty-pages.pdf');
    const byChars = await extractPdfText(doc, { maxChars: 5000 });
    expect(byChars.text.length).toBeLessThanOrEqual(5000);
    expect(byChars.pages.last).toBeLessThan(5);
    const byPages = await extractPdfText(doc, { aroundPage: 20, maxChars: 1_000_000, maxPages: 3 });
    expect(byPages.pages).toEqual({ first: 19, last: 21, total: 50 });
    expect(byPages.text).toContain('Page 21 line 44');
    expect(byPages.text).not.toContain('Page 22 line 1:');
  });

  it('finds no text in a scanned PDF', async () => {
    const pdf = await extractPdfText(await open('scanned.pdf'));
    expect(pdf).toMatchObject({ text: '', title: 'Scanned receipt' });
  });

  it('reads #page=N and the file name from the address', () => {
    expect(pageFromFragment('http://a.test/r.pdf#page=3')).toBe(3);
    expect(pageFromFragment('http://a.test/r.pdf#zoom=80&page=12')).toBe(12);
    expect(pageFromFragment('http://a.test/r.pdf?page=3')).toBeNull();
    expect(pageFromFragment('http://a.test/r.pdf#page=0')).toBeNull();
    expect(fileNameOf('http://a.test/docs/annual%20report.pdf#page=2')).toBe('annual report.pdf');
  });
});

describe('a PDF as material', () => {
  const source = (name: string | null) => ({
    fetchBytes: async () => (name ? bytes(name) : null),
    engine: async () => ({
      open: async (data: Uint8Array) => {
        const task = getDocument({ data, isEvalSupported: false });
        return { doc: (await task.promise) as unknown as PdfDocumentLike, close: () => task.destroy() };
      },
    }),
  });

  it('is the text of the pages around #page=N under the document title', async () => {
    const loaded = await loadPdfMaterial('http://a.test/city-bikes.pdf#page=3', 'city-bikes.pdf', source('city-bikes.pdf'));
    expect(loaded.page).toMatchObject({ status: 'article', title: 'Electric bikes in small cities', material: { kind: 'pdf', author: 'City Transport Lab', pages: { first: 2, last: 4 } } });
  });

  it('says a scan has no text and keeps its title', async () => {
    const loaded = await loadPdfMaterial('http://a.test/scan.pdf', 'scan.pdf', source('scanned.pdf'));
    expect(loaded.page).toMatchObject({ status: 'no-article', title: 'Scanned receipt', material: { kind: 'pdf', note: 'no-pdf-text' } });
  });

  it('says so when the file cannot be fetched or is not a PDF, named by its file name', async () => {
    expect((await loadPdfMaterial('http://a.test/gone.pdf', 'tab', source(null))).page).toMatchObject({ title: 'gone.pdf', material: { note: 'pdf-unreadable' } });
    const notPdf = { ...source(null), fetchBytes: async () => new TextEncoder().encode('<html>not a pdf</html>') };
    expect((await loadPdfMaterial('http://a.test/fake.pdf', 'tab', notPdf)).page).toMatchObject({ status: 'no-article', material: { note: 'pdf-unreadable' } });
  });
});
