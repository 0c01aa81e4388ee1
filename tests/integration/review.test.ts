// The learning loop end to end through the conversation socket and the review routes: mistakes
// become notebook items keyed by pattern (two sentences, one item), a repeat is a lapse the
// correction event marks "again", a correct use of a due item rates it Good, the tutor invites a
// due item (offline and through the OpenAI fake) and says so with review.target, drills rate
// through the route, the notebook exports as CSV for Anki, and another learner sees none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import type { ReviewItemList, ReviewItemView, ReviewSummary } from '../../shared/review';
import type { ServerEvent } from '../../shared/ws';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';
import { TestSocket } from '../support/ws-client';
import { parseCsv } from '../../server/text/csv';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-03-02T09:00:00Z');
const days = (n: number) => new Date(START.getTime() + n * DAY);

type Event<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;

/** A learner with a socket per session, and what each turn sent. */
function learnerOn(t: TestApp, server: RunningServer, sockets: TestSocket[]) {
  return async () => {
    const { token, userId } = await t.register();
    async function session() {
      const res = await t.request('POST', '/api/conversations/sessions', {
        token,
        body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
      });
      const { id } = (await res.json()) as { id: string };
      const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${id}`);
      sockets.push(socket);
      socket.send({ type: 'auth', token });
      await socket.waitFor('ready');
      return {
        id,
        async say(text: string) {
          const from = socket.events.length;
          socket.send({ type: 'turn.text', text });
          const done = await socket.waitFor('turn.done', from, 30_000);
          const events = socket.events.slice(from).filter((e) => 'turnId' in e && e.turnId === done.turnId);
          const of = <T extends ServerEvent['type']>(type: T) => events.filter((e): e is Event<T> => e.type === type);
          return { events, of, reply: of('reply.done')[0]?.text ?? '' };
        },
      };
    }
    const get = async <T>(path: string) => {
      const res = await t.request('GET', path, { token });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as T;
    };
    return { token, userId, session, get };
  };
}

describe.each(testDatabases)('the mistake notebook on $name', (database) => {
  let t: TestApp;
  let server: RunningServer;
  let newLearner: ReturnType<typeof learnerOn>;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    t = await createTestApp(database);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    newLearner = learnerOn(t, server, sockets);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    t.setNow(undefined);
    await server.close();
    await t.close();
  });

  it('keeps "I enjoyed to read it" and, a session later, "She enjoys to swim" as one item with two examples and a lapse', async () => {
    const learner = await newLearner();
    t.setNow(START);
    const first = await (await learner.session()).say('I enjoyed to read it.');
    const [firstCorrection] = first.of('correction');
    expect(firstCorrection?.correction.corrected).toBe('enjoyed reading');
    expect(firstCorrection?.review).toMatchObject({ again: false });
    // A first mistake is not a lapse.
    expect(first.of('review.result')).toEqual([]);

    t.setNow(days(3));
    const laterSession = await learner.session();
    const second = await laterSession.say('She enjoys to swim in the sea.');
    const [secondCorrection] = second.of('correction');
    expect(secondCorrection?.review).toEqual({ itemId: firstCorrection!.review!.itemId, again: true });
    expect(second.of('review.result')).toEqual([expect.objectContaining({ itemId: firstCorrection!.review!.itemId, rating: 'again' })]);

    const { items } = await learner.get<ReviewItemList>('/api/review/items');
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({ kind: 'mistake', type: 'verb_pattern', pattern: 'enjoy + to-infinitive → enjoy + -ing', corrected: 'enjoy reading', lapses: 1 });
    expect(item.examples.map((e) => e.text)).toEqual(['I enjoyed to read it.', 'She enjoys to swim in the sea.']);
    expect(item.correctedSentence).toBe('She enjoys swimming in the sea.');
    expect(item.explanation.length).toBeGreaterThan(0);

    // After a reload the stored corrections still say which item and that it came back.
    const stored = await learner.get<{ items: { reviewItemId?: string; again?: boolean }[] }>(`/api/conversations/sessions/${laterSession.id}/corrections`);
    expect(stored.items).toEqual([expect.objectContaining({ reviewItemId: item.id, again: true })]);
  });

  it('rates a due item Good when the learner uses the corrected form, and pushes its due date out', async () => {
    const learner = await newLearner();
    t.setNow(START);
    const session = await learner.session();
    const made = await session.say('We discussed about the plan for the farm.');
    const itemId = made.of('correction')[0]!.review!.itemId;
    const before = await learner.get<ReviewItemView>(`/api/review/items/${itemId}`);

    // Not due yet: a correct use the same day does not count (it would inflate every item).
    t.setNow(new Date(START.getTime() + 60_000));
    expect((await session.say('We discussed the robots with our teacher.')).of('review.result')).toEqual([]);

    t.setNow(days(2));
    const used = await session.say('Yesterday my class discussed the new robots.');
    expect(used.of('review.result')).toEqual([expect.objectContaining({ itemId, rating: 'good' })]);
    const after = await learner.get<ReviewItemView>(`/api/review/items/${itemId}`);
    expect(new Date(after.due).getTime()).toBeGreaterThan(days(3).getTime());
    expect(new Date(after.due).getTime()).toBeGreaterThan(new Date(before.due).getTime());
    expect(after.lapses).toBe(0);
    expect(after.reps).toBe(before.reps + 1);
  });

  it('the offline tutor invites a due item, says review.target, and the next turn is its evidence', async () => {
    const learner = await newLearner();
    t.setNow(START);
    const session = await learner.session();
    const itemId = (await session.say('I enjoyed to read about rice.')).of('correction')[0]!.review!.itemId;

    t.setNow(days(2));
    const invited = await session.say('Robots can work in the fields at night.');
    expect(invited.of('review.target')).toEqual([expect.objectContaining({ itemId })]);
    expect(invited.reply).toContain('What do you enjoy doing');
    expect(invited.reply).not.toMatch(/mistake|wrong/i);
    const types = invited.events.map((e) => e.type);
    expect(types.indexOf('review.target')).toBeGreaterThan(types.indexOf('reply.done'));

    // One item at most, and not two turns in a row: the page comes first.
    const answered = await session.say('I enjoy reading the news on my phone.');
    expect(answered.of('review.target')).toEqual([]);
    expect(answered.of('review.result')).toEqual([expect.objectContaining({ itemId, rating: 'good' })]);
  });

  it('asks once, not again on the next turn, even when the clock stands still (greeting and reply at one instant)', async () => {
    const learner = await newLearner();
    t.setNow(START);
    await (await learner.session()).say('I enjoyed to read about rice.');
    t.setNow(days(2));
    const session = await learner.session();
    expect((await session.say('Robots can work in the fields at night.')).of('review.target')).toHaveLength(1);
    expect((await session.say('The farmers look happy in the photos.')).of('review.target')).toEqual([]);
  });

  it('a drill rates the item through the route: Good moves due out, Again brings it back; bad input names the field', async () => {
    const learner = await newLearner();
    t.setNow(START);
    const itemId = (await (await learner.session()).say('I am interested about robots.')).of('correction')[0]!.review!.itemId;
    t.setNow(days(1));
    const rate = (body: unknown) => t.request('POST', `/api/review/items/${itemId}/rate`, { token: learner.token, body });
    const good = (await (await rate({ rating: 'good', answer: 'I am interested in robots.' })).json()) as ReviewItemView;
    expect(new Date(good.due).getTime()).toBeGreaterThan(days(2).getTime());
    const again = (await (await rate({ rating: 'again' })).json()) as ReviewItemView;
    expect(new Date(again.due).getTime()).toBeLessThan(new Date(good.due).getTime());
    expect(again.stability).toBeLessThan(good.stability);

    const bad = await rate({ rating: 'perfect' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('rating');
    const badQuery = await t.request('GET', '/api/review/items?due=maybe', { token: learner.token });
    expect(badQuery.status).toBe(400);
    expect(((await badQuery.json()) as { message: string }).message).toContain('due');
  });

  it('lists due items only when asked, pages them, counts them, and puts saved phrases in the same queue', async () => {
    const learner = await newLearner();
    t.setNow(START);
    const session = await learner.session();
    await session.say('I enjoyed to read it.');
    await session.say('Yesterday I go to the farm.');
    const phrase = await t.request('POST', '/api/phrases', { token: learner.token, body: { englishText: 'plant rice' } });
    expect(phrase.status).toBe(201);

    const all = await learner.get<ReviewItemList>('/api/review/items');
    expect(all.items.map((i) => i.kind).sort()).toEqual(['mistake', 'mistake', 'phrase']);
    // The phrase is due at once; the mistakes tomorrow.
    expect((await learner.get<ReviewItemList>('/api/review/items?due=true')).items.map((i) => i.corrected)).toEqual(['plant rice']);
    expect(await learner.get<ReviewSummary>('/api/review/summary')).toEqual({ due: 1, total: 3, learned: 0 });

    t.setNow(days(2));
    const firstPage = await learner.get<ReviewItemList>('/api/review/items?due=true&limit=2');
    expect(firstPage.items).toHaveLength(2);
    const secondPage = await learner.get<ReviewItemList>(`/api/review/items?due=true&limit=2&cursor=${firstPage.nextCursor}`);
    expect(secondPage).toMatchObject({ nextCursor: null });
    expect(new Set([...firstPage.items, ...secondPage.items].map((i) => i.id)).size).toBe(3);
  });

  it('exports the notebook as CSV that parses back: front, back, tags', async () => {
    const learner = await newLearner();
    t.setNow(START);
    await (await learner.session()).say('She gave me many informations, "really".');
    await t.request('POST', '/api/phrases', { token: learner.token, body: { englishText: 'plant rice, again' } });
    const res = await t.request('GET', '/api/review/export.csv', { token: learner.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    const header = text.split('\r\n').filter((line) => line.startsWith('#'));
    expect(header).toContain('#columns:front,back,tags');
    const rows = parseCsv(text.split('\r\n').filter((line) => !line.startsWith('#')).join('\r\n'));
    const mistake = rows.find((r) => r[0] === 'She gave me many informations, "really".');
    expect(mistake).toBeDefined();
    expect(mistake![1]).toContain('She gave me a lot of information, "really".');
    expect(mistake![2]!.split(' ')).toEqual(['videoengai', 'countability']);
    expect(rows.find((r) => r[0] === 'plant rice, again')?.[2]).toBe('videoengai vocabulary phrase');
  });

  it("answers another learner's item with 404 and none of it", async () => {
    const owner = await newLearner();
    const intruder = await newLearner();
    t.setNow(START);
    const itemId = (await (await owner.session()).say('I enjoyed to read it.')).of('correction')[0]!.review!.itemId;
    for (const [method, path, body] of [
      ['GET', `/api/review/items/${itemId}`, undefined],
      ['POST', `/api/review/items/${itemId}/rate`, { rating: 'easy' }],
    ] as const) {
      const res = await t.request(method, path, { token: intruder.token, body });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('enjoy');
    }
    expect((await intruder.get<ReviewItemList>('/api/review/items')).items).toEqual([]);
    expect((await owner.get<ReviewItemView>(`/api/review/items/${itemId}`)).reps).toBe(1);
  });
});

describe('the live tutor invites a due item (OpenAI fake)', () => {
  let fakes: Fakes;
  let t: TestApp;
  let server: RunningServer;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    fakes = await startFakes();
    t = await createTestApp(testDatabases[0]!, { OPENAI_API_KEY: fakes.env.OPENAI_API_KEY!, OPENAI_BASE_URL: fakes.env.OPENAI_BASE_URL! });
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.close();
    await t.close();
    await fakes.close();
  });

  it('asks the LLM for one natural question inviting the corrected form, never the mistake, and emits review.target', async () => {
    fakes.openai.setKnobs({ fault: null, replyText: 'Robots plant rice at night now. What do you enjoy doing in the evening?', corrections: [] });
    const learner = await learnerOn(t, server, sockets)();
    t.setNow(START);
    const session = await learner.session();
    const itemId = (await session.say('I enjoyed to read it.')).of('correction')[0]!.review!.itemId;

    t.setNow(days(2));
    const asked = fakes.openai.requests.length;
    const invited = await session.say('Robots can work at night.');
    expect(invited.of('review.target')).toEqual([expect.objectContaining({ itemId })]);
    const chats = fakes.openai.requests
      .slice(asked)
      .map((r) => JSON.parse(r.body.toString()) as { stream?: boolean; messages: { role: string; content: string }[] })
      .filter((body) => body.stream === true);
    expect(chats).toHaveLength(1);
    const instruction = chats[0]!.messages.at(-1)!;
    expect(instruction.role).toBe('system');
    expect(instruction.content).toContain('"enjoy reading"');
    expect(instruction.content).toMatch(/one natural question/);
    expect(instruction.content).toMatch(/never mention a mistake/i);

    // A turn without a due item asks for no review.
    const plain = fakes.openai.requests.length;
    await session.say('I think it is a good idea.');
    const next = fakes.openai.requests
      .slice(plain)
      .map((r) => JSON.parse(r.body.toString()) as { stream?: boolean; messages: { content: string }[] })
      .find((body) => body.stream === true);
    expect(next?.messages.some((m) => m.content.includes('due to practise'))).toBe(false);
  });
});
