import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

describe('bad input gets a clear answer in one shape', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp(testDatabases[0]!);
    ({ token } = await t.register());
  });
  afterAll(() => t.close());

  const expectErrorShape = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body).toEqual({ code, message: expect.any(String), requestId: expect.any(String) });
    return body as { message: string };
  };

  it('malformed JSON -> 400 bad_request', async () => {
    const res = await t.request('POST', '/api/auth/register', { rawBody: '{"email": ', headers: { 'content-type': 'application/json' } });
    await expectErrorShape(res, 400, 'bad_request');
  });

  it('a field of the wrong type -> 400 naming it', async () => {
    const res = await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 42, pageTitle: 'x' } });
    const body = await expectErrorShape(res, 400, 'validation_failed');
    expect(body.message).toContain('pageUrl');
  });

  it('an article over 20,000 characters -> 400 naming articleText', async () => {
    const res = await t.request('POST', '/api/conversations/sessions', {
      token,
      body: { pageUrl: 'https://news.example/a', pageTitle: 'A', articleText: 'a'.repeat(20_001) },
    });
    const body = await expectErrorShape(res, 400, 'validation_failed');
    expect(body.message).toContain('articleText');
  });

  it('a body over 1 MB -> 413', async () => {
    const res = await t.request('POST', '/api/check', {
      token,
      rawBody: JSON.stringify({ text: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    await expectErrorShape(res, 413, 'payload_too_large');
  });

  it('an unknown route -> 404 in the error shape', async () => {
    await expectErrorShape(await t.request('GET', '/api/nothing-here', { token }), 404, 'not_found');
  });

  it('a list limit out of range -> 400 naming limit', async () => {
    const me = await t.register();
    const res = await t.request('GET', `/api/users/${me.userId}/sessions?limit=100000`, { token: me.token });
    const body = await expectErrorShape(res, 400, 'validation_failed');
    expect(body.message).toContain('limit');
  });
});
