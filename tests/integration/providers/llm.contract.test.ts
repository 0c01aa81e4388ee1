// LLM contract: the offline tutor and the OpenAI tutor (via its loopback fake) honour the same
// interface; the OpenAI one also keeps the article fenced and falls back under faults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineTutor } from '../../../server/providers/offline';
import { createOpenAiClient } from '../../../server/providers/openai/client';
import { createOpenAiTutor } from '../../../server/providers/openai/llm';
import { resilientLlm } from '../../../server/providers/resilient';
import type { LlmProvider } from '../../../server/providers/types';
import { Correction } from '../../../shared/corrections';
import type { FakeServer } from '../../fakes/harness';
import { DEFAULT_REPLY, startFakeOpenAi, type OpenAiKnobs } from '../../fakes/openai';
import { collect, describeFaults, sampleTurn, signal } from './support';

const corrections = [
  { type: 'tense', original: 'goed', corrected: 'went', explanation: '불규칙 동사 go의 과거형은 went입니다.', severity: 'moderate' as const },
  { type: 'agreement', original: 'it were', corrected: 'it was', explanation: '단수 주어 it에는 was를 씁니다.', severity: 'moderate' as const },
  { type: 'grammar', original: 'not in the text', corrected: 'x', explanation: '...', severity: 'minor' as const },
];

const vendor = (url: string) => createOpenAiTutor({ client: createOpenAiClient({ apiKey: 'fake', baseURL: `${url}/v1` }), model: 'gpt-4o-mini' });

let fake: FakeServer<OpenAiKnobs>;
beforeAll(async () => {
  fake = await startFakeOpenAi({ knobs: { corrections } });
});
afterAll(() => fake.close());

const implementations: Array<{ name: string; create: () => LlmProvider }> = [
  { name: 'offline', create: createOfflineTutor },
  { name: 'openai via loopback fake', create: () => vendor(fake.url) },
];

describe.each(implementations)('LlmProvider contract: $name', ({ create }) => {
  it('opens the session with a non-empty message', async () => {
    const opening = await create().opening({ article: sampleTurn.article, learner: sampleTurn.learner }, signal());
    expect(opening.trim().length).toBeGreaterThan(0);
  });

  it('streams a reply in several pieces that join into sentences', async () => {
    const pieces = await collect(create().streamReply(sampleTurn, signal()));
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.join('')).toMatch(/[.?!]/);
  });

  it('returns corrections that satisfy the shared schema and point into the learner text', async () => {
    const found = await create().analyzeCorrections(sampleTurn, signal());
    for (const correction of found) {
      expect(Correction.parse(correction)).toEqual(correction);
      expect(sampleTurn.userText.slice(correction.start, correction.end)).toBe(correction.original);
    }
  });
});

describe('openai tutor specifics', () => {
  it('streams the configured reply token by token', async () => {
    const pieces = await collect(vendor(fake.url).streamReply(sampleTurn, signal()));
    expect(pieces.join('')).toBe(DEFAULT_REPLY);
    expect(pieces.length).toBeGreaterThan(40);
  });

  it('locates structured corrections in the learner text, marks them llm, drops ones not found', async () => {
    const found = await vendor(fake.url).analyzeCorrections(sampleTurn, signal());
    expect(found.map((c) => [c.original, c.corrected, c.source])).toEqual([
      ['goed', 'went', 'llm'],
      ['it were', 'it was', 'llm'],
    ]);
    expect(found[0]?.explanation).toContain('went');
    const request = JSON.parse(fake.requests.at(-1)!.body.toString('utf8'));
    expect(request.response_format.type).toBe('json_schema');
    expect(request.messages[0].content).toContain('Korean');
  });

  it('fences the article as untrusted data and sends the history and learner level', async () => {
    await collect(vendor(fake.url).streamReply(sampleTurn, signal()));
    const request = JSON.parse(fake.requests.at(-1)!.body.toString('utf8')) as { messages: Array<{ role: string; content: string }> };
    const system = request.messages[0]!.content;
    expect(system).toMatch(/<article[^>]*>[\s\S]*IGNORE ALL PREVIOUS INSTRUCTIONS[\s\S]*<\/article>/);
    expect(system).toMatch(/untrusted data/);
    expect(system).toContain('B1');
    expect(request.messages.slice(1).map((m) => m.role)).toEqual(['assistant', 'user', 'user']);
    expect(request.messages.at(-1)?.content).toBe(sampleTurn.userText);
  });
});

const offline = createOfflineTutor();
describeFaults<LlmProvider>({
  name: 'openai tutor streamReply',
  capability: 'llm',
  startFake: () => startFakeOpenAi(),
  createVendor: vendor,
  fallback: offline,
  wrap: resilientLlm,
  invoke: async (provider, s) => (await collect(provider.streamReply(sampleTurn, s))).join(''),
  streams: true,
});

describeFaults<LlmProvider>({
  name: 'openai tutor analyzeCorrections',
  capability: 'llm',
  startFake: () => startFakeOpenAi({ knobs: { corrections } }),
  createVendor: vendor,
  fallback: offline,
  wrap: resilientLlm,
  invoke: (provider, s) => provider.analyzeCorrections(sampleTurn, s),
  streams: false,
});
