// A learner who sets their level to 'auto' gets a tutor that speaks at their estimated level:
// the level in the prompts the OpenAI fake receives follows what the learner has said, B1 until
// there are enough words; a learner who chose a level keeps it whatever they say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveToken } from '../../server/auth/tokens';
import { runTurn } from '../../server/pipeline/turn';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { GRADED_TEXTS } from '../fixtures/graded-learner-texts';
import { startFakeOpenAi } from '../fakes/openai';
import type { FakeServer } from '../fakes/harness';
import type { OpenAiKnobs } from '../fakes/openai';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

interface ChatRequest {
  stream?: boolean;
  messages: { role: string; content: string }[];
}

describe('the auto level reaches the tutor', () => {
  let openai: FakeServer<OpenAiKnobs>;
  let t: TestApp;
  beforeAll(async () => {
    openai = await startFakeOpenAi();
    t = await createTestApp(testDatabases[0]!, { OPENAI_API_KEY: 'fake-openai-key', OPENAI_BASE_URL: `${openai.url}/v1` });
  });
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  async function learner(level: string) {
    const { token, userId } = await t.register();
    const res = await t.request('PATCH', `/api/users/${userId}`, { token, body: { level } });
    expect(res.status).toBe(200);
    expect((await res.json()).level).toBe(level);
    const session = await (
      await t.request('POST', '/api/conversations/sessions', {
        token,
        body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
      })
    ).json();
    const row = await t.services.db.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    return {
      /** One typed turn; answers the level named in the tutor's and the correction reviewer's prompts. */
      async say(text: string) {
        const user = (await resolveToken(t.services.db.prisma, token, new Date()))!;
        const from = openai.requests.length;
        await runTurn({ services: t.services, session: row, user, input: { kind: 'text', text }, signal: new AbortController().signal });
        const chats = openai.requests
          .slice(from)
          .filter((r) => r.path === '/v1/chat/completions')
          .map((r) => JSON.parse(r.body.toString('utf8')) as ChatRequest);
        const system = (stream: boolean) => chats.find((c) => (c.stream === true) === stream && c.messages.at(-1)?.content.includes(text))?.messages[0]?.content ?? '';
        return {
          tutor: /The learner's English level is (\w+) \(CEFR\)/.exec(system(true))?.[1],
          reviewer: /You review a (\w+) English learner/.exec(system(false))?.[1],
        };
      },
    };
  }

  it('starts at B1, then follows the estimate up for an advanced learner and down for a beginner', async () => {
    const advanced = await learner('auto');
    expect(await advanced.say('I think so too.')).toEqual({ tutor: 'B1', reviewer: 'B1' });
    for (const text of GRADED_TEXTS.C1.slice(0, 2)) await advanced.say(text);
    expect(await advanced.say('What do you make of it?')).toEqual({ tutor: 'C1', reviewer: 'C1' });

    // A1 talk is estimated A1; the tutor's lowest register is A2.
    const beginner = await learner('auto');
    for (const text of GRADED_TEXTS.A1.slice(0, 2)) await beginner.say(text);
    expect(await beginner.say('I like it.')).toEqual({ tutor: 'A2', reviewer: 'A2' });
  }, 90_000);

  it('keeps the level a learner chose', async () => {
    const chosen = await learner('B2');
    for (const text of GRADED_TEXTS.A1.slice(0, 2)) await chosen.say(text);
    expect(await chosen.say('I like it.')).toEqual({ tutor: 'B2', reviewer: 'B2' });
  }, 90_000);
});
