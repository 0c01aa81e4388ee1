// A local site serving the PDF fixtures as a web server does (application/pdf).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const FIXTURES = join(process.cwd(), 'tests/fixtures/e2e/pdf');

export interface PdfSite {
  url: (file: string) => string;
  close: () => Promise<void>;
}

export async function startPdfSite(): Promise<PdfSite> {
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split(/[?#]/)[0]!.replace(/^\/+/, '').replace(/[^\w.-]/g, '');
    try {
      const body = readFileSync(join(FIXTURES, name));
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
