import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';

type FetchCall = [string, RequestInit];

describe('api client: files and the review notebook', () => {
  it('downloads the review export with the bearer token', async () => {
    const fetchImpl = vi.fn(async () => new Response('front,back,tags\n"I enjoyed to read it.","I enjoyed reading it.",grammar\n', { headers: { 'content-type': 'text/csv' } }));
    const api = createApiClient({ baseUrl: 'http://s.test/', getToken: () => 'tok', fetchImpl });
    const csv = await api.reviewExportCsv();
    expect(await csv.text()).toContain('I enjoyed reading it.');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as FetchCall;
    expect(url).toBe('http://s.test/api/review/export.csv');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('fetches a recording the server handed out, relative or under its own URL, with the token', async () => {
    const fetchImpl = vi.fn(async () => new Response(new Uint8Array([82, 73, 70, 70]), { headers: { 'content-type': 'audio/wav' } }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => 'tok', fetchImpl });
    await api.media('/media/u1/a.wav');
    await api.media('http://s.test/media/u1/b.wav');
    const calls = fetchImpl.mock.calls as unknown as FetchCall[];
    expect(calls.map(([url]) => url)).toEqual(['http://s.test/media/u1/a.wav', 'http://s.test/media/u1/b.wav']);
    expect(calls.every(([, init]) => (init.headers as Record<string, string>).authorization === 'Bearer tok')).toBe(true);
  });

  it('turns a refused file into an ApiError with the server’s code', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ code: 'not_found', message: 'No such file.', requestId: 'r' }, { status: 404 }));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => 'tok', fetchImpl });
    await expect(api.media('/media/u2/x.wav')).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it('rates an item and asks for the due ones by the contract’s routes', async () => {
    const item = {
      id: 'i1', kind: 'mistake', pattern: 'p', type: 'grammar', corrected: 'enjoy reading', correctedSentence: 'I enjoyed reading it.',
      explanation: 'e', examples: [], lapses: 0, reps: 1, due: '2026-12-04T00:00:00.000Z', stability: 3, state: 'review',
      lastReviewedAt: '2026-12-01T00:00:00.000Z', createdAt: '2026-12-01T00:00:00.000Z',
    };
    const fetchImpl = vi.fn(async (url: string) => Response.json(url.includes('/items?') ? { items: [item], nextCursor: null } : item));
    const api = createApiClient({ baseUrl: 'http://s.test', getToken: () => 'tok', fetchImpl: fetchImpl as unknown as typeof fetch });
    expect((await api.rateReviewItem('i1', { rating: 'good', answer: 'I enjoyed reading it.' })).due).toBe(item.due);
    await api.reviewItems({ due: true, limit: 1 });
    const calls = fetchImpl.mock.calls as unknown as FetchCall[];
    expect(calls[0]?.[0]).toBe('http://s.test/api/review/items/i1/rate');
    expect(JSON.parse(String(calls[0]?.[1].body))).toEqual({ rating: 'good', answer: 'I enjoyed reading it.' });
    expect(calls[1]?.[0]).toBe('http://s.test/api/review/items?due=true&limit=1');
  });
});
