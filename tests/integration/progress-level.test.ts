// The level estimate and progress over time, as a learner's own practice builds them: messages
// go through the real text-turn pipeline (stored, checked, corrected), sessions are ended to
// count their minutes, and the clock moves between weeks.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveToken } from '../../server/auth/tokens';
import { runTurn } from '../../server/pipeline/turn';
import { LevelEstimate, ProgressHistory } from '../../shared/review';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { GRADED_TEXTS } from '../fixtures/graded-learner-texts';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

const DAY = 86_400_000;
// A Thursday: its ISO week starts on Monday 2026-06-15.
const NOW = new Date('2026-06-18T12:00:00Z');

describe.each(testDatabases)('level estimate and progress history on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  async function practise(token: string, at: Date, texts: string[], minutes = 5) {
    t.setNow(at);
    const session = await (
      await t.request('POST', '/api/conversations/sessions', {
        token,
        body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
      })
    ).json();
    const user = (await resolveToken(t.services.db.prisma, token, at))!;
    const row = await t.services.db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    for (const text of texts) {
      await runTurn({ services: t.services, session: row, user, input: { kind: 'text', text }, signal: new AbortController().signal });
    }
    t.setNow(new Date(at.getTime() + minutes * 60_000));
    await t.request('POST', `/api/conversations/sessions/${session.id}/end`, { token });
    t.setNow(undefined);
  }

  async function level(token: string, userId: string, at = NOW): Promise<LevelEstimate> {
    t.setNow(at);
    const res = await t.request('GET', `/api/progress/${userId}/level`, { token });
    t.setNow(undefined);
    expect(res.status).toBe(200);
    return LevelEstimate.parse(await res.json());
  }

  it('has no level for a new learner, nor below 50 words, and a trend of 8 empty weeks', async () => {
    const { token, userId } = await t.register();
    const empty = await level(token, userId);
    expect(empty).toMatchObject({ level: null, confidence: 0, basedOnWords: 0 });
    expect(empty.trend?.map((w) => w.week)).toEqual([
      '2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15',
    ]);
    expect(empty.trend?.every((w) => w.level === null && w.basedOnWords === 0)).toBe(true);

    await practise(token, new Date(NOW.getTime() - DAY), ['I like the robots.', 'Rice farming is hard work for old farmers.']);
    const few = await level(token, userId);
    expect(few).toMatchObject({ level: null, confidence: 0, basedOnWords: 12 });
    expect(few.trend?.at(-1)).toEqual({ week: '2026-06-15', level: null, basedOnWords: 12 });
  });

  it('places a beginner below an advanced learner, more surely with more words, week by week', async () => {
    const beginner = await t.register();
    const advanced = await t.register();
    // Two weeks ago two texts, this week the other three.
    await practise(beginner.token, new Date(NOW.getTime() - 14 * DAY), GRADED_TEXTS.A1.slice(0, 2));
    await practise(advanced.token, new Date(NOW.getTime() - 14 * DAY), GRADED_TEXTS.C1.slice(0, 2));
    const earlier = await level(advanced.token, advanced.userId, new Date(NOW.getTime() - 13 * DAY));
    await practise(beginner.token, new Date(NOW.getTime() - DAY), GRADED_TEXTS.A1.slice(2));
    await practise(advanced.token, new Date(NOW.getTime() - DAY), GRADED_TEXTS.C1.slice(2));

    const low = await level(beginner.token, beginner.userId);
    const high = await level(advanced.token, advanced.userId);
    expect(low.level).toBe('A1');
    expect(high.level).toBe('C1');
    expect(high.basedOnWords).toBe(312);
    expect(high.confidence).toBeGreaterThan(earlier.confidence);
    expect(earlier.basedOnWords).toBe(133);

    const weeks = Object.fromEntries((high.trend ?? []).map((w) => [w.week, w]));
    expect(weeks['2026-06-01']).toEqual({ week: '2026-06-01', level: 'C1', basedOnWords: 133 });
    expect(weeks['2026-06-08']).toEqual({ week: '2026-06-08', level: null, basedOnWords: 0 });
    expect(weeks['2026-06-15']).toEqual({ week: '2026-06-15', level: 'C1', basedOnWords: 179 });
  });

  it('gives errors per 100 words by week and type, and minutes per day', async () => {
    const { token, userId } = await t.register();
    // Last week: 12 words, a tense and a countability mistake. This week: 10 words, one tense mistake.
    await practise(token, new Date(NOW.getTime() - 8 * DAY), ['Yesterday I go to the farm.', 'There are many informations about robots.'], 12);
    await practise(token, new Date(NOW.getTime() - 2 * DAY), ['I like the robots very much.', 'Yesterday I go home.'], 7);
    t.setNow(NOW);
    const res = await t.request('GET', `/api/progress/${userId}/history`, { token });
    t.setNow(undefined);
    expect(res.status).toBe(200);
    const history = ProgressHistory.parse(await res.json());

    expect(history.weeks).toHaveLength(12);
    expect(history.weeks[0]!.week).toBe('2026-03-30');
    expect(history.weeks.at(-2)).toEqual({
      week: '2026-06-08',
      words: 12,
      errorsPer100Words: 16.7,
      byType: [
        { type: 'countability', errorsPer100Words: 8.3 },
        { type: 'tense', errorsPer100Words: 8.3 },
      ],
    });
    expect(history.weeks.at(-1)).toEqual({ week: '2026-06-15', words: 10, errorsPer100Words: 10, byType: [{ type: 'tense', errorsPer100Words: 10 }] });
    expect(history.weeks.slice(0, -2).every((w) => w.words === 0 && w.errorsPer100Words === 0 && w.byType.length === 0)).toBe(true);

    expect(history.days).toHaveLength(30);
    expect(history.days.at(-1)).toEqual({ day: '2026-06-18', minutes: 0 });
    const minutes = Object.fromEntries(history.days.map((d) => [d.day, d.minutes]));
    expect(minutes['2026-06-10']).toBe(12);
    expect(minutes['2026-06-16']).toBe(7);
    expect(history.days.reduce((sum, d) => sum + d.minutes, 0)).toBe(19);

  });

  it("counts the notebook's items: learned (in review, lasting three weeks), due now, in all", async () => {
    const { token, userId } = await t.register();
    const item = (state: number, stability: number, due: Date) =>
      t.services.db.prisma.reviewItem.create({
        data: { id: randomUUID(), userId, kind: 'mistake', patternKey: randomUUID(), family: 'tense', pattern: 'go → went', type: 'tense', corrected: 'went', due, stability, state },
      });
    await item(2, 30, new Date(NOW.getTime() + 20 * DAY)); // learned
    await item(2, 10, new Date(NOW.getTime() - DAY)); // in review, not yet learned, due
    await item(1, 0.5, new Date(NOW.getTime() - 60_000)); // learning, due
    await item(0, 0, new Date(NOW.getTime() + DAY)); // new, due tomorrow
    t.setNow(NOW);
    const history = ProgressHistory.parse(await (await t.request('GET', `/api/progress/${userId}/history`, { token })).json());
    t.setNow(undefined);
    expect(history.items).toEqual({ learned: 1, due: 2, total: 4 });
  });

  it("answers 404 for another learner's level and history", async () => {
    const a = await t.register();
    const b = await t.register();
    await practise(b.token, new Date(NOW.getTime() - DAY), GRADED_TEXTS.B1.slice(0, 1));
    for (const suffix of ['/level', '/history']) {
      const res = await t.request('GET', `/api/progress/${b.userId}${suffix}`, { token: a.token });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('basedOnWords');
    }
  });
});
