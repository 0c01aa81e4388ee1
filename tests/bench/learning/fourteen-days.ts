// A scripted learner over 14 simulated days on the real app (injected clock, real checker,
// offline tutor, the conversation socket): they make three mistakes, repeat each once, then fix
// them and keep using the corrected forms every day. Each rating is printed with the item's next
// interval, so intervals grow after correct uses (which count only when the item is due or was
// targeted) and shrink after a lapse.
import { startServer } from '../../../server/server';
import type { ReviewItemView } from '../../../shared/review';
import type { ServerEvent } from '../../../shared/ws';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../../fixtures/article';
import { createTestApp } from '../../support/app';
import { testDatabases } from '../../support/databases';
import { TestSocket } from '../../support/ws-client';

const DAY = 86_400_000;
const START = new Date('2026-03-02T09:00:00Z');

interface Mistake {
  name: string;
  madeOn: number;
  repeatedOn: number;
  fixedFrom: number;
  wrong: string;
  again: string;
  right: readonly string[];
}

const MISTAKES: readonly Mistake[] = [
  {
    name: 'enjoy + -ing',
    madeOn: 0,
    repeatedOn: 1,
    fixedFrom: 2,
    wrong: 'I enjoyed to read the article about the robots.',
    again: 'My brother enjoys to watch the news in the evening.',
    right: ['I enjoy reading about farms like this.', 'We enjoyed talking about the robots.', 'My sister enjoys cooking rice for us.'],
  },
  {
    name: 'interested in',
    madeOn: 0,
    repeatedOn: 5,
    fixedFrom: 6,
    wrong: 'I am interested about rice farming.',
    again: 'My father is interested about new machines.',
    right: ['I am interested in robots that help farmers.', 'She is interested in the price of rice.'],
  },
  {
    name: 'past time + past tense',
    madeOn: 1,
    repeatedOn: 3,
    fixedFrom: 4,
    wrong: 'Yesterday I go to a big farm near my town.',
    again: 'Last week my uncle buy a small robot for his field.',
    right: ['Yesterday I watched a video about rice robots.', 'Last week we visited my grandparents in the country.'],
  },
];

export interface TimelineEvent {
  day: number;
  item: string;
  event: 'made' | 'again' | 'good' | 'targeted';
  said?: string;
  due?: string;
  intervalDays?: number;
  stabilityDays?: number;
}

export async function simulateFourteenDays(): Promise<{ timeline: TimelineEvent[]; intervalsByItem: Record<string, { event: string; day: number; intervalDays: number }[]> }> {
  const t = await createTestApp(testDatabases[0]!, { TURNS_PER_MINUTE: '0' });
  const server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  const timeline: TimelineEvent[] = [];
  const names = new Map<string, string>();
  try {
    const { token } = await t.register();
    const item = async (id: string) => (await (await t.request('GET', `/api/review/items/${id}`, { token })).json()) as ReviewItemView;
    for (let day = 0; day < 14; day++) {
      const now = new Date(START.getTime() + day * DAY);
      t.setNow(now);
      const session = (await (await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT } })).json()) as { id: string };
      const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
      socket.send({ type: 'auth', token });
      await socket.waitFor('ready');
      const lines = MISTAKES.flatMap((m) => {
        if (day === m.madeOn) return [{ mistake: m, text: m.wrong }];
        if (day === m.repeatedOn) return [{ mistake: m, text: m.again }];
        if (day >= m.fixedFrom) return [{ mistake: m, text: m.right[day % m.right.length]! }];
        return [];
      });
      // A turn about the page first, so the tutor has a turn to invite a due item; a minute apart.
      let turn = 1;
      for (const { mistake, text } of [{ mistake: undefined, text: 'The robots in this article look very useful.' }, ...lines]) {
        t.setNow(new Date(now.getTime() + turn++ * 60_000));
        const from = socket.events.length;
        socket.send({ type: 'turn.text', text });
        const done = await socket.waitFor('turn.done', from, 60_000);
        const events = socket.events.slice(from).filter((e): e is ServerEvent & { turnId: string } => 'turnId' in e && e.turnId === done.turnId);
        for (const e of events) {
          if (e.type === 'correction' && e.review && !e.review.again && !names.has(e.review.itemId) && mistake) names.set(e.review.itemId, mistake.name);
        }
        const rated = events.flatMap((e): { itemId: string; event: TimelineEvent['event'] }[] => {
          if (e.type === 'correction' && e.review && !e.review.again) return [{ itemId: e.review.itemId, event: 'made' }];
          if (e.type === 'review.result') return [{ itemId: e.itemId, event: e.rating === 'good' ? 'good' : 'again' }];
          if (e.type === 'review.target') return [{ itemId: e.itemId, event: 'targeted' }];
          return [];
        });
        for (const { itemId, event } of rated) {
          const view = await item(itemId);
          const base = { day, item: names.get(itemId) ?? view.pattern, event };
          if (event === 'targeted') timeline.push(base);
          else timeline.push({ ...base, said: text, due: view.due, intervalDays: round((Date.parse(view.due) - now.getTime()) / DAY), stabilityDays: round(view.stability) });
        }
      }
      socket.close();
    }
  } finally {
    t.setNow(undefined);
    await server.close();
    await t.close();
  }
  const intervalsByItem: Record<string, { event: string; day: number; intervalDays: number }[]> = {};
  for (const e of timeline) {
    if (e.intervalDays === undefined) continue;
    (intervalsByItem[e.item] ??= []).push({ event: e.event, day: e.day, intervalDays: e.intervalDays });
  }
  return { timeline, intervalsByItem };
}

const round = (n: number) => Math.round(n * 100) / 100;
