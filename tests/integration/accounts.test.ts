import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

describe.each(testDatabases)('accounts on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(() => t.close());

  it('registers, answers the fixed shape, and never returns the password hash', async () => {
    const res = await t.request('POST', '/api/auth/register', {
      body: { email: 'Minji@Example.com', password: 'longenough1', name: 'Min-ji' },
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({ email: 'minji@example.com', name: 'Min-ji', nativeLanguage: 'ko' });
    expect(body.token).toMatch(/^vea_/);
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it('keeps POST /api/users, the path of the original design, as an alias of registration', async () => {
    const res = await t.request('POST', '/api/users', { body: { email: 'alias@example.com', password: 'longenough1' } });
    expect(res.status).toBe(201);
    expect((await res.json()).user.email).toBe('alias@example.com');
  });

  it('answers 409 for a duplicate email, in any letter case', async () => {
    await t.register('dup@example.com');
    const res = await t.request('POST', '/api/auth/register', { body: { email: 'DUP@example.com', password: 'longenough1' } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'conflict' });
  });

  it('logs in, and refuses a wrong password or unknown email with the same 401', async () => {
    await t.register('login@example.com', 'right password');
    const ok = await t.request('POST', '/api/auth/login', { body: { email: 'login@example.com', password: 'right password' } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).user.email).toBe('login@example.com');
    const wrong = await t.request('POST', '/api/auth/login', { body: { email: 'login@example.com', password: 'wrong password' } });
    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@example.com', password: 'wrong password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });

  it('needs a bearer token everywhere else, and a token stops working after logout', async () => {
    const { token, userId } = await t.register();
    expect((await t.request('GET', `/api/users/${userId}`)).status).toBe(401);
    expect((await t.request('GET', `/api/users/${userId}`, { token: 'vea_made_up' })).status).toBe(401);
    expect((await t.request('GET', `/api/users/${userId}`, { token })).status).toBe(200);
    expect((await t.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    const after = await t.request('GET', `/api/users/${userId}`, { token });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('rejects an expired token', async () => {
    const { token, userId } = await t.register();
    t.setNow(new Date(Date.now() + 31 * 86_400_000));
    try {
      expect((await t.request('GET', `/api/users/${userId}`, { token })).status).toBe(401);
    } finally {
      t.setNow(undefined);
    }
  });

  it('names the field at fault and enforces a minimum password length', async () => {
    const res = await t.request('POST', '/api/auth/register', { body: { email: 'not-an-email', password: 'short' } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.message).toMatch(/email/);
    expect(body.message).toMatch(/password/);
    expect(body.requestId).toBeTruthy();
  });

  it('lets a user change native language and level, and shows another user as 404', async () => {
    const a = await t.register();
    const b = await t.register();
    const patched = await t.request('PATCH', `/api/users/${a.userId}`, { token: a.token, body: { nativeLanguage: 'en', level: 'B2' } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ nativeLanguage: 'en', level: 'B2' });
    for (const [method, path] of [
      ['GET', `/api/users/${b.userId}`],
      ['PATCH', `/api/users/${b.userId}`],
      ['GET', `/api/users/${b.userId}/sessions`],
    ] as const) {
      const res = await t.request(method, path, { token: a.token, body: method === 'PATCH' ? { level: 'C1' } : undefined });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain(b.email);
    }
  });
});
