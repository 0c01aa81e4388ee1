// Article extraction on the page's HTML as the panel receives it: paragraphs stay apart even when
// the page's HTML is minified, so the tutor's sentences are whole.
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from './article';

beforeAll(() => {
  // The panel has a DOMParser; in Node linkedom's stands in for it.
  globalThis.DOMParser ??= DOMParser as unknown as typeof globalThis.DOMParser;
});

const PARAGRAPHS = [
  'Farmers in the river valley started using small robots this spring to plant rice seedlings in flooded fields.',
  'The robots move slowly between the rows and place each seedling at the same depth, which saves the farmers many hours of work.',
  'Older farmers say the machines are useful, but they worry that young people will forget how to plant by hand.',
  'The local government plans to lend robots to more villages next year if the harvest is good.',
];

function page(html: string) {
  return { url: 'https://news.example/rice', title: 'Robots plant rice', html, selection: '', visibleText: '', contentType: 'text/html', mediaTimeSec: 0 };
}

describe('extractArticle', () => {
  it('keeps paragraphs of minified HTML on lines of their own', () => {
    const minified = `<html><head><title>Robots plant rice</title></head><body><nav><a href="/">Home</a></nav><article><h1>Robots plant rice</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<ul><li>First point of the list.</li><li>Second point.</li></ul></article></body></html>`;
    const article = extractArticle(page(minified));
    expect(article).not.toBeNull();
    const lines = article!.text.split('\n');
    for (const paragraph of PARAGRAPHS) expect(lines).toContain(paragraph);
    expect(article!.text).not.toMatch(/fields\.The/);
    expect(lines).toContain('First point of the list.');
  });

  it('keeps words inside a paragraph together across inline elements', () => {
    const html = `<html><body><article>${PARAGRAPHS.map((p, i) => (i === 1 ? `<p>The <b>robots</b> move <a href="/x">slowly</a>${p.slice('The robots move slowly'.length)}</p>` : `<p>${p}</p>`)).join('')}</article></body></html>`;
    expect(extractArticle(page(html))!.text.split('\n')).toContain(PARAGRAPHS[1]);
  });
});
