import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';

describe.each(testDatabases)('sessions on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  const createSession = async (token: string, articleText = ARTICLE_TEXT) => {
    const res = await t.request('POST', '/api/conversations/sessions', {
      token,
      body: { pageUrl: 'https://news.example/robots', pageTitle: ARTICLE_TITLE, articleText },
    });
    expect(res.status).toBe(201);
    return res.json();
  };

  it('creates a session about the article with its topic and key terms', async () => {
    const { token, userId } = await t.register();
    const session = await createSession(token);
    expect(session).toMatchObject({ userId, pageTitle: ARTICLE_TITLE, endedAt: null });
    expect(session.id).toBeTruthy();
    expect(session.topic).toBeTruthy();
    expect(session.keyTerms.length).toBeGreaterThanOrEqual(3);
    const read = await t.request('GET', `/api/conversations/sessions/${session.id}`, { token });
    expect(await read.json()).toEqual(session);
  });

  it('strips markup from the page text before storing it', async () => {
    const { token } = await t.register();
    const session = await createSession(token, '<p>Rice farmers use <b>robots</b> now.</p><script>alert(1)</script>');
    const stored = await t.services.db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.articleText).toBe('Rice farmers use robots now.');
  });

  it('ends a session once, with its duration', async () => {
    const { token } = await t.register();
    const started = new Date('2026-03-02T10:00:00Z');
    t.setNow(started);
    const session = await createSession(token);
    t.setNow(new Date(started.getTime() + 125_000));
    const ended = await (await t.request('POST', `/api/conversations/sessions/${session.id}/end`, { token })).json();
    t.setNow(new Date(started.getTime() + 999_000));
    const again = await (await t.request('POST', `/api/conversations/sessions/${session.id}/end`, { token })).json();
    t.setNow(undefined);
    expect(ended.durationSec).toBe(125);
    expect(again).toEqual(ended);
  });

  it('lists a user\'s sessions newest first, paginated with a cursor', async () => {
    const { token, userId } = await t.register();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.setNow(new Date(Date.UTC(2026, 2, 1, 10, i)));
      ids.push((await createSession(token)).id);
    }
    t.setNow(undefined);
    const page1 = await (await t.request('GET', `/api/users/${userId}/sessions?limit=2`, { token })).json();
    expect(page1.items.map((s: { id: string }) => s.id)).toEqual([ids[4], ids[3]]);
    expect(page1.nextCursor).toBe(ids[3]);
    const page2 = await (await t.request('GET', `/api/users/${userId}/sessions?limit=2&cursor=${page1.nextCursor}`, { token })).json();
    expect(page2.items.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);
    const page3 = await (await t.request('GET', `/api/users/${userId}/sessions?limit=2&cursor=${page2.nextCursor}`, { token })).json();
    expect(page3).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const defaults = await (await t.request('GET', `/api/users/${userId}/sessions`, { token })).json();
    expect(defaults.items).toHaveLength(5);
  });

  it("answers 404 for another user's session on every path, never the data", async () => {
    const owner = await t.register();
    const other = await t.register();
    const session = await createSession(owner.token);
    for (const [method, suffix] of [
      ['GET', ''],
      ['POST', '/end'],
      ['GET', '/conversations'],
      ['GET', '/corrections'],
    ] as const) {
      const res = await t.request(method, `/api/conversations/sessions/${session.id}${suffix}`, { token: other.token });
      expect(res.status, `${method} ${suffix}`).toBe(404);
      expect(await res.text()).not.toContain(ARTICLE_TITLE);
    }
    const stillOpen = await (await t.request('GET', `/api/conversations/sessions/${session.id}`, { token: owner.token })).json();
    expect(stillOpen.endedAt).toBeNull();
  });

  it('corrects a text with explanations in the learner\'s language', async () => {
    const { token } = await t.register();
    const res = await t.request('POST', '/api/check', { token, body: { text: 'Yesterday I go to the market with my friends.' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.corrected).toBe('Yesterday I went to the market with my friends.');
    expect(body.corrections[0]).toMatchObject({ type: 'tense', original: 'go', corrected: 'went', source: 'local' });
    expect(body.corrections[0].explanation).toMatch(/[가-힣]/);
  });
});
