// Which material the panel finds on a tab, and what it falls back to, with the readers faked.
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMaterialOf as loadMaterial, type MaterialReaders } from './any-material';
import type { PageSnapshot } from './page-snapshot';
import type { PageInfo } from '../conversation/conversation-store';

const ARTICLE_HTML = readFileSync('tests/fixtures/e2e/article.html', 'utf8');
const PROSE = 'Rooftop gardens in the city now keep bees, and the bees make honey for the neighbours. '.repeat(4);

const snapshot = (overrides: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://shop.example/list',
  title: 'A page',
  html: '<html><body><ul><li>Menu</li></ul></body></html>',
  selection: '',
  visibleText: 'Menu',
  contentType: 'text/html',
  mediaTimeSec: 0,
  ...overrides,
});

function readers(overrides: Partial<MaterialReaders> = {}): MaterialReaders {
  return {
    snapshot: async () => snapshot(),
    hasAccess: async () => true,
    accessDecision: async () => false,
    video: vi.fn(async (s: PageSnapshot, videoId: string) => ({ page: { status: 'article' as const, title: videoId, url: s.url, text: 'captions', material: { kind: 'video' as const, videoId } }, extractionMs: 1 })),
    pdf: vi.fn(async (url: string) => ({ page: { status: 'article' as const, title: 'pdf', url, text: 'pages', material: { kind: 'pdf' as const } }, extractionMs: 1 })),
    ...overrides,
  };
}

const loading = (url: string): PageInfo => ({ status: 'loading', title: 'Tab title', url, text: '' });

describe('the material of a tab', () => {
  // Readability runs on the panel's DOMParser; in Node, linkedom's stands in for it.
  beforeAll(() => {
    globalThis.DOMParser ??= DOMParser as unknown as typeof globalThis.DOMParser;
  });

  it('is the article when Readability finds one', async () => {
    const { page } = await loadMaterial(1, loading('http://127.0.0.1/article.html'), undefined, readers({ snapshot: async () => snapshot({ url: 'http://127.0.0.1/article.html', html: ARTICLE_HTML }) }));
    expect(page).toMatchObject({ status: 'article', material: { kind: 'article' } });
    expect(page.text).toContain('bees');
  });

  it("is the learner's selection when there is no article", async () => {
    const { page } = await loadMaterial(1, loading('https://shop.example/list'), undefined, readers({ snapshot: async () => snapshot({ selection: `  ${PROSE}  `, visibleText: 'other words '.repeat(50) }) }));
    expect(page).toMatchObject({ status: 'article', material: { kind: 'selection' }, text: PROSE.trim() });
  });

  it('is the visible text when nothing is selected (or only a word)', async () => {
    const { page } = await loadMaterial(1, loading('https://shop.example/list'), undefined, readers({ snapshot: async () => snapshot({ selection: 'bees', visibleText: PROSE }) }));
    expect(page).toMatchObject({ status: 'article', material: { kind: 'selection' }, text: PROSE.trim() });
  });

  it('is nothing on a page with too little text, which starts a free conversation', async () => {
    const { page } = await loadMaterial(1, loading('https://shop.example/list'), undefined, readers());
    expect(page).toEqual({ status: 'no-article', title: 'A page', url: 'https://shop.example/list', text: '' });
  });

  it('is the captions on a YouTube watch page', async () => {
    const r = readers({ snapshot: async () => snapshot({ url: 'https://www.youtube.com/watch?v=hnyBeeTalk1', html: ARTICLE_HTML }) });
    const { page } = await loadMaterial(3, loading('https://www.youtube.com/watch?v=hnyBeeTalk1'), undefined, r);
    expect(page.material).toEqual({ kind: 'video', videoId: 'hnyBeeTalk1' });
    expect(r.video).toHaveBeenCalledWith(expect.anything(), 'hnyBeeTalk1', 3);
  });

  it('is the PDF for a .pdf address or a PDF document, without reading the page first', async () => {
    const snap = vi.fn(async () => snapshot());
    const r = readers({ snapshot: snap });
    await loadMaterial(1, loading('https://docs.example/report.PDF#page=2'), undefined, r);
    expect(r.pdf).toHaveBeenCalledWith('https://docs.example/report.PDF#page=2', 'Tab title');
    expect(snap).not.toHaveBeenCalled();
    const typed = readers({ snapshot: async () => snapshot({ url: 'https://docs.example/get?id=7', contentType: 'application/pdf' }) });
    await loadMaterial(1, loading('https://docs.example/get?id=7'), undefined, typed);
    expect(typed.pdf).toHaveBeenCalledWith('https://docs.example/get?id=7', 'Tab title');
  });

  it("asks for the PDF site's permission and waits for the learner before fetching", async () => {
    const shown: PageInfo[] = [];
    let grant: (granted: boolean) => void = () => undefined;
    const r = readers({ hasAccess: async () => false, accessDecision: () => new Promise((resolve) => (grant = resolve)) });
    const loaded = loadMaterial(1, loading('https://docs.example/report.pdf'), (p) => shown.push(p), r);
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toMatchObject({ status: 'loading', material: { kind: 'pdf', note: 'needs-access', accessOrigin: 'https://docs.example/*' } });
    expect(r.pdf).not.toHaveBeenCalled();
    grant(true);
    expect((await loaded).page.material?.kind).toBe('pdf');
    expect(r.pdf).toHaveBeenCalled();
  });

  it('goes on without the PDF when the learner declines', async () => {
    const r = readers({ hasAccess: async () => false, accessDecision: async () => false });
    const { page } = await loadMaterial(1, loading('https://docs.example/report.pdf'), undefined, r);
    expect(page).toMatchObject({ status: 'no-article', material: { kind: 'pdf', note: 'pdf-unreadable' } });
    expect(r.pdf).not.toHaveBeenCalled();
  });

  it('reads a page again once the learner grants its site, and says a page is off-limits otherwise', async () => {
    const snap = vi.fn<MaterialReaders['snapshot']>().mockResolvedValueOnce(null).mockResolvedValueOnce(snapshot({ selection: PROSE }));
    const granted = await loadMaterial(1, loading('https://shop.example/list'), undefined, readers({ snapshot: snap, hasAccess: async () => false, accessDecision: async () => true }));
    expect(granted.page.material?.kind).toBe('selection');
    const chromePage = await loadMaterial(1, loading('chrome://settings'), undefined, readers({ snapshot: async () => null }));
    expect(chromePage.page.status).toBe('unavailable');
  });
});
