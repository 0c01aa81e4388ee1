// A local web site with an article page and a page without an article.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface ArticleSite {
  url: (page: 'article' | 'no-article' | 'large-news') => string;
  close: () => Promise<void>;
}

const FIXTURES = join(process.cwd(), 'tests/fixtures/e2e');

export async function startArticleSite(): Promise<ArticleSite> {
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').replace(/^\//, '').replace(/\.html$/, '') || 'article';
    if (name === 'large-news') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(largeNewsPage());
    try {
      const body = readFileSync(join(FIXTURES, `${name.replace(/[^a-z-]/g, '')}.html`));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A news page of ~1 MB: the article among many navigation blocks, related-story lists and comments. */
export function largeNewsPage(): string {
  const article = readFileSync(join(FIXTURES, 'article.html'), 'utf8');
  const body = /<article>([\s\S]*)<\/article>/.exec(article)?.[1] ?? '';
  const related = Array.from({ length: 400 }, (_, i) => `<li><a href="/story/${i}">Related story number ${i} about city life</a> <span>2 min read</span></li>`).join('');
  const comments = Array.from({ length: 600 }, (_, i) => `<div class="comment"><b>reader${i}</b><p>Comment ${i}: I agree with some of this, but my building has hives too and it is fine.</p></div>`).join('');
  const nav = Array.from({ length: 300 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rooftop bees | Big News</title></head><body>
<header><nav>${nav}</nav></header><aside><ul>${related}</ul></aside>
<main><article>${body.repeat(12)}</article></main><section id="comments">${comments}</section><footer>${nav}</footer></body></html>`;
}
