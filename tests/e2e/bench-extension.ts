// Budgets of the extension (issue 4), measured on the built package in system Chromium:
// first render of the article title in the panel, JavaScript the panel loads, what is injected
// into pages, and article extraction on a large news page. Run after `wxt build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {} from '../../extension/conversation/panel-metrics';
import { startArticleSite } from './support/article-site';
import { EXTENSION_DIR, launchExtension } from './support/extension';

const BUDGETS = { titleRenderedMs: 300, panelJsKB: 400, injectedKB: 30, extractionMs: 100 };

const site = await startArticleSite();
const ext = await launchExtension();
try {
  const measure = async (page: 'article' | 'large-news') => {
    const tab = await ext.context.newPage();
    await tab.goto(site.url(page));
    const tabId = await ext.tabIdOf(site.url(page));
    const panel = await ext.context.newPage();
    let jsBytes = 0;
    panel.on('response', (r) => {
      if (r.url().endsWith('.js')) void r.body().then((b) => (jsBytes += b.length));
    });
    await panel.goto(ext.pageUrl(`sidepanel.html?tab=${tabId}`));
    await panel.waitForFunction(() => window.__panelMetrics?.extractionMs !== undefined, null, { timeout: 20_000 });
    const metrics = await panel.evaluate(() => window.__panelMetrics!);
    await Promise.all([panel.close(), tab.close()]);
    return { ...metrics, jsBytes };
  };
  // The first open warms Chromium's caches for extension pages; the budget is about the next ones.
  await measure('article');
  const runs = [await measure('article'), await measure('article'), await measure('article')];
  const large = await measure('large-news');
  // The only code injected into pages: the snapshot function (panel) and the selection reader
  // (background), both passed to scripting.executeScript as functions.
  const built = [join(EXTENSION_DIR, 'background.js'), ...readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => join(EXTENSION_DIR, 'chunks', f))]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const injectedFunctions = [/function [\w$]+\(\)\{return\{url:location\.href.*?\}\}/, /function [\w$]+\(\)\{return String\(getSelection\(\).*?\}/];
  const injected = injectedFunctions.map((re) => re.exec(built)?.[0] ?? '').join('');
  const figures = {
    titleRenderedMs: Math.max(...runs.map((r) => r.titleRenderedMs ?? Infinity)),
    panelJsKB: Math.round((runs[0]!.jsBytes / 1024) * 10) / 10,
    injectedKB: Math.round((injected.length / 1024) * 100) / 100,
    extractionMs: large.extractionMs ?? Infinity,
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
  process.exitCode = failed ? 1 : 0;
} finally {
  await ext.close();
  await site.close();
}
