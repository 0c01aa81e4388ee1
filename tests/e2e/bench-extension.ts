// Budgets of the extension (issue 4), measured on the built package in system Chromium:
// first render of the article title in the panel, JavaScript the panel loads, what is injected
// into pages, and article extraction on a large news page; and (issue 12) material extraction of
// a one-hour video's captions and of a 50-page PDF. Run after `wxt build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {} from '../../extension/conversation/panel-metrics';
import { startArticleSite } from './support/article-site';
import { EXTENSION_DIR, launchExtension } from './support/extension';
import { startPdfSite } from './support/pdf-site';
import { BEE_VIDEO, routeYouTube, watchUrl } from './support/youtube-site';

const BUDGETS = { titleRenderedMs: 300, panelJsKB: 400, injectedKB: 30, extractionMs: 100, videoExtractionMs: 300, pdfExtractionMs: 300 };

const HOUR_VIDEO = 'oneHourTalk';

/** A one-hour talk's generated captions as json3: a cue every ~3 s, a seg per word, line-break events. */
function oneHourOfCaptions(): string {
  const words = 'so the next thing we want to look at is how the bees decide where to go when the flowers are far away'.split(' ');
  const events: object[] = [{ tStartMs: 0, dDurationMs: 3_600_000, id: 1, wpWinPosId: 1, wsWinStyleId: 1 }];
  for (let i = 0, t = 0; t < 3_600_000; i++, t += 3000) {
    const cue = Array.from({ length: 8 }, (_, w) => words[(i * 8 + w) % words.length]!);
    events.push({ tStartMs: t, dDurationMs: 3200, wWinId: 1, segs: cue.map((word, w) => (w === 0 ? { utf8: word, acAsrConf: 0 } : { utf8: ` ${word}`, tOffsetMs: w * 360, acAsrConf: 0 })) });
    events.push({ tStartMs: t + 3190, dDurationMs: 10, wWinId: 1, aAppend: 1, segs: [{ utf8: '\n' }] });
  }
  return JSON.stringify({ wireMagic: 'pb3', pens: [{}], wsWinStyles: [{}], wpWinPositions: [{}], events });
}

const site = await startArticleSite();
const pdfs = await startPdfSite();
const ext = await launchExtension({ grantedHosts: ['https://www.youtube.com/*'] });
const youtube = await routeYouTube(ext.context);
const hourCaptions = oneHourOfCaptions();
youtube.pages.set(HOUR_VIDEO, readFileSync('tests/fixtures/e2e/youtube/watch-hnyBeeTalk1.html', 'utf8').replaceAll(BEE_VIDEO, HOUR_VIDEO).replace('"lengthSeconds":"40"', '"lengthSeconds":"3600"'));
youtube.captionFiles.set(HOUR_VIDEO, hourCaptions);
try {
  const measure = async (page: 'article' | 'large-news' | { url: string }) => {
    const url = typeof page === 'string' ? site.url(page) : page.url;
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const tabId = await ext.tabIdOf(url);
    const panel = await ext.context.newPage();
    let jsBytes = 0;
    const bodies: Promise<unknown>[] = [];
    panel.on('response', (r) => {
      if (r.url().endsWith('.js')) bodies.push(r.body().then((b) => ((jsBytes += b.length), process.env.BENCH_DEBUG && console.log(typeof page === 'string' ? page : 'url', r.url().split('/').pop(), b.length)), () => undefined));
    });
    await panel.goto(ext.pageUrl(`sidepanel.html?tab=${tabId}`));
    await panel.waitForFunction(() => window.__panelMetrics?.extractionMs !== undefined, null, { timeout: 20_000 });
    const metrics = await panel.evaluate(() => window.__panelMetrics!);
    // Chunks the panel loads once the material is shown (a video's transcript list) count too.
    await panel.waitForTimeout(500);
    await Promise.all(bodies);
    await Promise.all([panel.close(), tab.close()]);
    return { ...metrics, jsBytes };
  };
  // The first open warms Chromium's caches for extension pages; the budget is about the next ones.
  await measure('article');
  const runs = [await measure('article'), await measure('article'), await measure('article')];
  const large = await measure('large-news');
  const video = await measure({ url: watchUrl(HOUR_VIDEO) });
  const pdf = await measure({ url: pdfs.url('fifty-pages.pdf') });
  // The only code injected into pages: the snapshot function (panel) and the selection reader
  // (background), both passed to scripting.executeScript as functions.
  const built = [join(EXTENSION_DIR, 'background.js'), ...readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => join(EXTENSION_DIR, 'chunks', f))]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const injectedFunctions = [
    /function [\w$]+\(\)\{return\{url:location\.href.*?\}\}/,
    /function [\w$]+\(\)\{return String\(getSelection\(\).*?\}/,
    // The video chunk's: fetch a caption file as the page, read the live player, seek.
    /async function [\w$]+\([\w$]+\)\{(?:let|const) [\w$]+=await fetch\([\w$]+,\{credentials:`include`\}\);return.*?\}/,
    /function [\w$]+\(\)\{return document\.getElementById\(`movie_player`\).*?\}/,
    /function [\w$]+\([\w$]+\)\{(?:let|const) [\w$]+=document\.querySelector\(`video`\);return.*?\}/,
  ];
  const injected = injectedFunctions.map((re) => re.exec(built)?.[0] ?? '').join('');
  const figures = {
    titleRenderedMs: Math.max(...runs.map((r) => r.titleRenderedMs ?? Infinity)),
    panelJsKB: Math.round((runs[0]!.jsBytes / 1024) * 10) / 10,
    injectedKB: Math.round((injected.length / 1024) * 100) / 100,
    extractionMs: large.extractionMs ?? Infinity,
    videoExtractionMs: video.extractionMs ?? Infinity,
    pdfExtractionMs: pdf.extractionMs ?? Infinity,
    largePageKB: 0,
  };
  const { largeNewsPage } = await import('./support/article-site');
  figures.largePageKB = Math.round(largeNewsPage().length / 1024);
  let failed = false;
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const value = figures[name as keyof typeof figures];
    const ok = value <= budget;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(16)} ${String(value).padStart(8)}  (budget ${budget})`);
  }
  console.log(`     large news page  ${figures.largePageKB} KB of HTML`);
  console.log(`     one-hour video   ${Math.round(hourCaptions.length / 1024)} KB of json3 captions; the panel loaded ${Math.round(video.jsBytes / 1024)} KB of JavaScript there`);
  console.log(`     50-page PDF      the panel loaded ${Math.round(pdf.jsBytes / 1024)} KB of JavaScript there (pdf.js; its worker file is not counted)`);
  console.log(JSON.stringify({ ...figures, injectedFunctionsFound: injectedFunctions.map((re) => re.test(built)) }));
  process.exitCode = failed ? 1 : 0;
} finally {
  await ext.close();
  await site.close();
  await pdfs.close();
}
