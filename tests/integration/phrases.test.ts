import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

describe.each(testDatabases)('practice phrases on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  const createPhrase = async (token: string, englishText: string, expectedStatus = 201) => {
    const res = await t.request('POST', '/api/phrases', {
      token,
      body: { englishText, sourceUrl: 'https://news.example/robots', sourceTitle: 'Robots', context: `They ${englishText} today.` },
    });
    expect(res.status).toBe(expectedStatus);
    return res.json();
  };
  const attempt = async (token: string, phraseId: string, kind: 'say' | 'use', transcript: string) => {
    const res = await t.request('POST', `/api/phrases/${phraseId}/attempts`, { token, body: { kind, transcript } });
    expect(res.status).toBe(201);
    return res.json();
  };

  it('saves a highlighted phrase with an empty practice record', async () => {
    const { token } = await t.register();
    const phrase = await createPhrase(token, '  take   part in ');
    expect(phrase).toEqual({
      id: expect.any(String),
      englishText: 'take part in',
      koreanText: null,
      category: 'highlight',
      // "take" A1, "part" A2 in the CEFR-J list: as hard as its hardest word.
      difficulty: 'A2',
      sourceUrl: 'https://news.example/robots',
      createdAt: expect.any(String),
      attempts: 0,
      bestScore: null,
      lastPractisedAt: null,
    });
    expect(await (await t.request('GET', `/api/phrases/${phrase.id}`, { token })).json()).toEqual(phrase);
  });

  it('labels each phrase with the CEFR level of its hardest word', async () => {
    const { token } = await t.register();
    const difficulties = [];
    for (const text of ['my big family', 'reduce the pollution', 'affordable housing', 'scrutinise the evidence']) {
      difficulties.push((await createPhrase(token, text)).difficulty);
    }
    expect(difficulties).toEqual(['A1', 'B1', 'B2', 'C1']);
  });

  it('answers the saved phrase (200) when the same text is saved again, also at the same moment', async () => {
    const { token } = await t.register();
    const first = await createPhrase(token, 'break the ice');
    const again = await createPhrase(token, 'Break  the ice', 200);
    expect(again.id).toBe(first.id);
    const racing = await Promise.all(
      [1, 2, 3].map(() => t.request('POST', '/api/phrases', { token, body: { englishText: 'on the same page' } })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const ids = new Set(await Promise.all(racing.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    const list = await (await t.request('GET', '/api/phrases', { token })).json();
    expect(list.items).toHaveLength(2);
    const someoneElse = await t.register();
    expect((await createPhrase(someoneElse.token, 'break the ice')).id).not.toBe(first.id);
  });

  it('lists own phrases newest first, paginated with a cursor', async () => {
    const { token } = await t.register();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.setNow(new Date(Date.UTC(2026, 2, 1, 10, i)));
      ids.push((await createPhrase(token, `phrase number ${i}`)).id);
    }
    t.setNow(undefined);
    const page1 = await (await t.request('GET', '/api/phrases?limit=2', { token })).json();
    expect(page1.items.map((p: { id: string }) => p.id)).toEqual([ids[4], ids[3]]);
    const page2 = await (await t.request('GET', `/api/phrases?limit=2&cursor=${page1.nextCursor}`, { token })).json();
    expect(page2.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]]);
    const page3 = await (await t.request('GET', `/api/phrases?limit=2&cursor=${page2.nextCursor}`, { token })).json();
    expect(page3).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
  });

  it('scores saying the phrase word by word: a missing word is an omission', async () => {
    const { token } = await t.register();
    const phrase = await createPhrase(token, 'take part in');
    const perfect = await attempt(token, phrase.id, 'say', 'Take part in.');
    expect(perfect).toMatchObject({ kind: 'say', phraseId: phrase.id, score: 100, transcript: 'Take part in.' });
    expect(perfect.words.every((w: { error: string }) => w.error === 'none')).toBe(true);

    const missing = await attempt(token, phrase.id, 'say', 'take in');
    expect(missing.words).toEqual([
      { word: 'take', accuracy: 100, error: 'none' },
      { word: 'part', accuracy: 0, error: 'omission' },
      { word: 'in', accuracy: 100, error: 'none' },
    ]);
    expect(missing.score).toBeLessThan(perfect.score);
    expect(missing.completeness).toBe(67);

    const read = await (await t.request('GET', `/api/phrases/${phrase.id}`, { token })).json();
    expect(read).toMatchObject({ attempts: 2, bestScore: 100, lastPractisedAt: missing.createdAt });
  });

  it('judges a sentence that uses the phrase, inflected, and corrects the rest in Korean', async () => {
    const { token } = await t.register();
    const phrase = await createPhrase(token, 'take part in');
    const used = await attempt(token, phrase.id, 'use', 'Last year I took part in a marathon.');
    expect(used).toMatchObject({ kind: 'use', usedPhrase: true, verdict: 'correct', score: 100, corrections: [] });
    expect(used.feedback).toBe("'take part in'을(를) 문장에서 바르게 썼어요.");

    const wrongTense = await attempt(token, phrase.id, 'use', 'Yesterday I take part in a race.');
    expect(wrongTense).toMatchObject({ usedPhrase: true, verdict: 'phrase_error', corrected: 'Yesterday I took part in a race.' });
    expect(wrongTense.corrections[0]).toMatchObject({ type: 'tense', original: 'take', corrected: 'took' });
    expect(wrongTense.corrections[0].explanation).toMatch(/[가-힣]/);
    expect(wrongTense.score).toBeLessThan(used.score);

    const notUsed = await attempt(token, phrase.id, 'use', 'Yesterday I go to the market.');
    expect(notUsed).toMatchObject({ usedPhrase: false, verdict: 'not_used', score: 0, corrected: 'Yesterday I went to the market.' });
    expect(notUsed.feedback).toMatch(/들어가지 않았어요/);

    const history = await (await t.request('GET', `/api/phrases/${phrase.id}/attempts?limit=2`, { token })).json();
    expect(history.items).toEqual([notUsed, wrongTense]);
    expect(history.nextCursor).toBe(wrongTense.id);
  });

  it('gives the feedback in English to a learner whose native language is English', async () => {
    const { token, userId } = await t.register();
    await t.request('PATCH', `/api/users/${userId}`, { token, body: { nativeLanguage: 'en' } });
    const phrase = await createPhrase(token, 'break the ice');
    const result = await attempt(token, phrase.id, 'use', 'He broke the ice with a joke.');
    expect(result.feedback).toBe('You used "break the ice" correctly.');
  });

  it("answers 404 for another user's phrase on every path and changes nothing", async () => {
    const owner = await t.register();
    const other = await t.register();
    const phrase = await createPhrase(owner.token, 'a secret phrase');
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['DELETE', '', undefined],
      ['GET', '/attempts', undefined],
      ['POST', '/attempts', { kind: 'say', transcript: 'a secret phrase' }],
    ] as const) {
      const res = await t.request(method, `/api/phrases/${phrase.id}${suffix}`, { token: other.token, body });
      expect(res.status, `${method} ${suffix}`).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
    expect((await (await t.request('GET', '/api/phrases', { token: other.token })).json()).items).toEqual([]);
    expect(await (await t.request('GET', `/api/phrases/${phrase.id}`, { token: owner.token })).json()).toMatchObject({ attempts: 0 });
  });

  it('deletes a phrase with its attempts', async () => {
    const { token } = await t.register();
    const phrase = await createPhrase(token, 'call it a day');
    await attempt(token, phrase.id, 'say', 'call it a day');
    expect((await t.request('DELETE', `/api/phrases/${phrase.id}`, { token })).status).toBe(204);
    expect((await t.request('GET', `/api/phrases/${phrase.id}`, { token })).status).toBe(404);
    expect(await t.services.db.prisma.practiceAttempt.count({ where: { phraseId: phrase.id } })).toBe(0);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const { token } = await t.register();
    const phrase = await createPhrase(token, 'piece of cake');
    const cases: Array<[string, string, unknown, RegExp]> = [
      ['POST', '/api/phrases', { englishText: '   ' }, /englishText/],
      ['POST', '/api/phrases', { englishText: 'x'.repeat(301) }, /englishText/],
      ['POST', '/api/phrases', { englishText: 'ok', sourceUrl: 'x'.repeat(2049) }, /sourceUrl/],
      ['POST', '/api/phrases', { englishText: 'ok', context: 'x'.repeat(1001) }, /context/],
      ['POST', `/api/phrases/${phrase.id}/attempts`, { kind: 'sing', transcript: 'hi' }, /kind/],
      ['POST', `/api/phrases/${phrase.id}/attempts`, { kind: 'say', transcript: '' }, /transcript/],
      ['POST', `/api/phrases/${phrase.id}/attempts`, { kind: 'use', transcript: 'x'.repeat(2001) }, /transcript/],
      ['GET', '/api/phrases?limit=0', undefined, /limit/],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await t.request(method, path, { token, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 40)}`).toBe(400);
      const error = await res.json();
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(field);
    }
    expect((await t.request('GET', '/api/phrases')).status).toBe(401);
  });
});
