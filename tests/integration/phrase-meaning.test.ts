// A saved phrase gets its meaning in the learner's language when a live LLM is configured
// (here the OpenAI fake); the phrase is saved all the same when the LLM fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';

describe('phrase meaning from a live LLM', () => {
  let fakes: Fakes;
  let t: TestApp;
  beforeAll(async () => {
    fakes = await startFakes();
    t = await createTestApp(testDatabases[0]!, { ...fakes.env, PROVIDER_TIMEOUT_MS: '2000' });
  });
  afterAll(async () => {
    await t.close();
    await fakes.close();
  });

  it('explains the phrase in Korean, as used in its sentence on the page', async () => {
    fakes.openai.setKnobs({ fault: null, openingText: '어색한 분위기를 깨고 대화를 시작하다' });
    const { token } = await t.register();
    const res = await t.request('POST', '/api/phrases', {
      token,
      body: { englishText: 'break the ice', context: 'A joke can break the ice at a meeting.', sourceUrl: 'https://news.example/a' },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).koreanText).toBe('어색한 분위기를 깨고 대화를 시작하다');
    const asked = fakes.openai.requests.at(-1)!.body.toString();
    expect(asked).toContain('break the ice');
    expect(asked).toContain('A joke can break the ice at a meeting.');
    expect(asked).toContain('Korean');
  });

  it('saves the phrase without a meaning when the LLM fails', async () => {
    fakes.openai.setKnobs({ fault: { kind: '500' } });
    const { token } = await t.register();
    const res = await t.request('POST', '/api/phrases', { token, body: { englishText: 'take part in' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ englishText: 'take part in', koreanText: null });
  });
});
