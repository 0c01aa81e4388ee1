// YouTube for the end-to-end suite, on loopback only: the browser context answers requests for
// https://www.youtube.com/ itself (Playwright's context.route) with the watch-page fixtures,
// their caption files and a media file, so the tab's address is the real watch address and the
// extension reads what a real watch page carries. Chromium's --host-resolver-rules could map the
// host to a local server too, but the page is HTTPS and that would need a certificate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

const FIXTURES = join(process.cwd(), 'tests/fixtures/e2e/youtube');

export const BEE_VIDEO = 'hnyBeeTalk1';
export const KOREAN_ONLY_VIDEO = 'koreanOnly1';
export const watchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;

/** `lengthSec` of silence as 8 kHz 8-bit mono WAV: a <video> plays it and can seek anywhere in it. */
export function silentWav(lengthSec: number): Buffer {
  const samples = 8000 * lengthSec;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

export interface YouTubeRoutes {
  /** The caption files asked for, as "videoId lang kind fmt". */
  captionRequests: string[];
  /** Extra pages: path and query -> HTML (the benchmark's one-hour video). */
  pages: Map<string, string>;
  captionFiles: Map<string, string>;
}

export async function routeYouTube(context: BrowserContext): Promise<YouTubeRoutes> {
  const routes: YouTubeRoutes = { captionRequests: [], pages: new Map(), captionFiles: new Map() };
  const media = silentWav(40);
  const fixture = (name: string) => readFileSync(join(FIXTURES, name.replace(/[^\w.-]/g, '')));
  await context.route('https://www.youtube.com/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const send = (status: number, contentType: string, body: string | Buffer) => route.fulfill({ status, contentType, body });
    try {
      if (url.pathname === '/watch') {
        const id = url.searchParams.get('v') ?? '';
        const extra = routes.pages.get(id);
        return await send(200, 'text/html; charset=utf-8', extra ?? fixture(`watch-${id}.html`));
      }
      if (url.pathname === '/api/timedtext') {
        const id = url.searchParams.get('v') ?? '';
        const lang = url.searchParams.get('lang') ?? '';
        const asr = url.searchParams.get('kind') === 'asr' ? '-asr' : '';
        const fmt = url.searchParams.get('fmt') ?? 'srv1';
        routes.captionRequests.push(`${id} ${lang} ${url.searchParams.get('kind') ?? ''} ${fmt}`.replace(/\s+/g, ' '));
        const extra = routes.captionFiles.get(id);
        if (extra) return await send(200, 'application/json; charset=UTF-8', extra);
        return fmt === 'json3'
          ? await send(200, 'application/json; charset=UTF-8', fixture(`timedtext-${id}-${lang}${asr}.json3`))
          : await send(200, 'text/xml; charset=UTF-8', fixture(`timedtext-${id}-${lang}${asr}.${fmt}.xml`));
      }
      // A media file is seekable only where the server answers byte ranges.
      if (url.pathname === '/fixture-media/lesson.wav') {
        const [, from = '0', to] = /bytes=(\d*)-(\d*)/.exec(route.request().headers()['range'] ?? '') ?? [];
        const start = Number(from) || 0;
        const end = to ? Math.min(Number(to), media.length - 1) : media.length - 1;
        return await route.fulfill({
          status: 206,
          headers: { 'content-type': 'audio/wav', 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${media.length}` },
          body: media.subarray(start, end + 1),
        });
      }
      return await send(404, 'text/plain', 'not found');
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  });
  return routes;
}
