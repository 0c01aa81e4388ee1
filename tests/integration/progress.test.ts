// Progress reflects what the learner did: sessions, minutes, turns, streak, corrections by type,
// and weaknesses with examples and a 14-day trend. Turns go through the real text-turn pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTurn } from '../../server/pipeline/turn';
import { resolveToken } from '../../server/auth/tokens';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';

const DAY = 86_400_000;

describe.each(testDatabases)('progress on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  async function practise(token: string, at: Date, sentences: string[], minutes: number) {
    t.setNow(at);
    const session = await (
      await t.request('POST', '/api/conversations/sessions', {
        token,
        body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
      })
    ).json();
    const user = (await resolveToken(t.services.db.prisma, token, at))!;
    const row = await t.services.db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    for (const text of sentences) {
      await runTurn({ services: t.services, session: row, user, input: { kind: 'text', text }, signal: new AbortController().signal });
    }
    t.setNow(new Date(at.getTime() + minutes * 60_000));
    await t.request('POST', `/api/conversations/sessions/${session.id}/end`, { token });
    t.setNow(undefined);
  }

  it('counts sessions, minutes, turns and the streak, and breaks the streak after a missed day', async () => {
    const { token, userId } = await t.register();
    const day0 = new Date('2026-05-01T09:00:00Z');
    await practise(token, day0, ['I like robots.'], 10);
    await practise(token, new Date(day0.getTime() + DAY), ['Farmers work hard.'], 5);
    await practise(token, new Date(day0.getTime() + 2 * DAY), ['Rice is important.', 'I agree with the experts.'], 6);

    t.setNow(new Date(day0.getTime() + 2 * DAY + 3600_000));
    const summary = await (await t.request('GET', `/api/progress/${userId}`, { token })).json();
    expect(summary).toMatchObject({ totalSessions: 3, totalTurns: 4, streak: 3, todayMinutes: 6, sessionsThisWeek: 3, totalDurationSec: 21 * 60 });

    const stats = await (await t.request('GET', `/api/progress/${userId}/stats`, { token })).json();
    expect(stats.days).toHaveLength(30);
    expect(stats.days.at(-1)).toEqual({ day: '2026-05-03', minutes: 6, turns: 2 });
    expect(stats.days.at(-3)).toEqual({ day: '2026-05-01', minutes: 10, turns: 1 });

    t.setNow(new Date(day0.getTime() + 4 * DAY));
    const later = await (await t.request('GET', `/api/progress/${userId}`, { token })).json();
    expect(later.streak).toBe(0);
    t.setNow(undefined);
  });

  it('reports corrections by type and weaknesses that rise or fall', async () => {
    const { token, userId } = await t.register();
    const now = new Date('2026-06-20T12:00:00Z');
    // Two weeks ago: tense mistakes; this week: more countability mistakes, fewer tense ones.
    await practise(token, new Date(now.getTime() - 10 * DAY), ['Yesterday I go to the farm.', 'Last week I eat rice.'], 3);
    await practise(token, new Date(now.getTime() - 2 * DAY), ['There are many informations about robots.', 'I need some advices.', 'Yesterday I go home.'], 3);

    t.setNow(now);
    const stats = await (await t.request('GET', `/api/progress/${userId}/stats`, { token })).json();
    const byType = Object.fromEntries(stats.correctionsByType.map((r: { type: string; count: number }) => [r.type, r.count]));
    expect(byType.tense).toBe(3);
    expect(byType.countability).toBe(2);

    const weaknesses = (await (await t.request('GET', `/api/progress/${userId}/weaknesses`, { token })).json()).items;
    const tense = weaknesses.find((w: { type: string }) => w.type === 'tense');
    const countability = weaknesses.find((w: { type: string }) => w.type === 'countability');
    expect(weaknesses[0].type).toBe('tense');
    expect(tense).toMatchObject({ count: 3, lastWeek: 1, weekBefore: 2, trend: 'falling' });
    expect(tense.examples).toHaveLength(2);
    expect(tense.examples[0]).toMatchObject({ original: 'go', corrected: 'went' });
    expect(countability).toMatchObject({ count: 2, trend: 'rising' });
    t.setNow(undefined);
  });

  it("answers 404 for another user's progress", async () => {
    const a = await t.register();
    const b = await t.register();
    for (const suffix of ['', '/stats', '/weaknesses']) {
      expect((await t.request('GET', `/api/progress/${b.userId}${suffix}`, { token: a.token })).status).toBe(404);
    }
  });
});
