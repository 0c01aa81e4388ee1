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
