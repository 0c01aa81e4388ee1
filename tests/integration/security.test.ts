// Security behaviour a learner or an operator would notice: password change signs out every
// other device; login guessing is refused per account and per address with 429 + retry-after;
// turns and audio are limited per user (WebSocket error event, REST 429); the limits are shared
// through the database (a second process sees the same counters); CORS admits only listed origins
// and localhost in development; security headers are on every answer, errors included.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';
import { buildServices } from '../../server/services-factory';
import { sinePcm16, wavFile } from '../fakes/audio';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { postgresFor } from '../support/postgres-only';
import { TestSocket } from '../support/ws-client';

const PASSWORD = 'correct horse battery';
const LISTED_EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const LIMITS = {
  LOGIN_MAX_PER_EMAIL: '3',
  LOGIN_MAX_PER_ADDRESS: '6',
  LOGIN_WINDOW_MIN: '15',
  TRUST_PROXY: 'true',
  TURNS_PER_MINUTE: '3',
  AUDIO_SEC_PER_DAY: '8',
  MAX_AUDIO_SEC: '6',
  CORS_ORIGINS: LISTED_EXTENSION,
};

// Said once at collection when there is no PostgreSQL: the embedded database is one process's own.
postgresFor('security: login counters shared with a second server process on the same database');

let addressCounter = 0;
/** A distinct client address per test, so per-address counts do not leak between tests. */
const newAddress = () => `198.51.100.${++addressCounter}`;

describe.each(testDatabases)('security on $name', (database) => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await createTestApp(database, LIMITS);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const login = (email: string, password: string, address: string) =>
    t.request('POST', '/api/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': address } });

  describe('password change', () => {
    it('revokes every earlier token, answers a fresh one, and swaps the password', async () => {
      const user = await t.register(undefined, PASSWORD);
      const address = newAddress();
      const laptop = ((await (await login(user.email, PASSWORD, address)).json()) as { token: string }).token;
      const res = await t.request('POST', '/api/auth/password', {
        token: user.token,
        body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
      });
      expect(res.status).toBe(200);
      const { token: fresh } = (await res.json()) as { token: string };
      for (const old of [user.token, laptop]) {
        expect((await t.request('GET', `/api/users/${user.userId}`, { token: old })).status).toBe(401);
      }
      expect((await t.request('GET', `/api/users/${user.userId}`, { token: fresh })).status).toBe(200);
      expect((await login(user.email, PASSWORD, address)).status).toBe(401);
      expect((await login(user.email, 'a brand new passphrase', address)).status).toBe(200);
    });

    it('refuses a wrong current password and a short new one, naming the field, and changes nothing', async () => {
      const user = await t.register(undefined, PASSWORD);
      const wrong = await t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword: 'not it at all', newPassword: 'another passphrase' } });
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('currentPassword') });
      const short = await t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword: PASSWORD, newPassword: 'short' } });
      expect(short.status).toBe(400);
      expect((await short.json()).message).toContain('newPassword');
      expect((await t.request('GET', `/api/users/${user.userId}`, { token: user.token })).status).toBe(200);
      expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200);
    });
  });

  describe('login rate limits', () => {
    it('refuses an account after 3 attempts with 429 and retry-after, even with the right password; others are unaffected', async () => {
      const victim = await t.register(undefined, PASSWORD);
      const bystander = await t.register(undefined, PASSWORD);
      for (let i = 0; i < 3; i++) expect((await login(victim.email, `guess number ${i}`, newAddress())).status).toBe(401);
      const refused = await login(victim.email.toUpperCase(), PASSWORD, newAddress());
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const body = await refused.json();
      expect(body).toMatchObject({ code: 'rate_limited', retryAfterSec: retryAfter, requestId: expect.any(String) });
      expect(body.message).toMatch(/try again in \d+ minutes/i);
      expect((await login(bystander.email, PASSWORD, newAddress())).status).toBe(200);

      // The window passes: the account may sign in again.
      t.setNow(new Date(Date.now() + 16 * 60_000));
      try {
        expect((await login(victim.email, PASSWORD, newAddress())).status).toBe(200);
      } finally {
        t.setNow(undefined);
      }
    });

    it('forgets failed attempts after a successful login', async () => {
      const user = await t.register(undefined, PASSWORD);
      for (let i = 0; i < 2; i++) expect((await login(user.email, 'wrong password', newAddress())).status).toBe(401);
      expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200);
      for (let i = 0; i < 2; i++) expect((await login(user.email, 'wrong password', newAddress())).status).toBe(401);
      expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200);
    });

    it('refuses an address after 6 attempts across accounts; a forged X-Forwarded-For prefix does not help', async () => {
      const address = newAddress();
      for (let i = 0; i < 6; i++) {
        const forged = `203.0.113.${i}, ${address}`;
        expect((await login(`nobody${i}-${Date.now()}@example.com`, 'whatever', forged)).status).toBe(401);
      }
      const refused = await login(`someone-${Date.now()}@example.com`, 'whatever', address);
      expect(refused.status).toBe(429);
      expect((await refused.json()).message).toMatch(/network/);
      const user = await t.register(undefined, PASSWORD);
      expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200);
    });

    it('limits wrong current passwords on the password change like logins (a stolen token cannot guess)', async () => {
      const user = await t.register(undefined, PASSWORD);
      const change = (currentPassword: string) =>
        t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword, newPassword: 'another passphrase' } });
      for (let i = 0; i < 3; i++) expect((await change(`guess ${i}`)).status).toBe(400);
      expect((await change(PASSWORD)).status).toBe(429);
    });

    it('holds under concurrent guesses: of 12 at once, at most 3 are checked', async () => {
      const user = await t.register(undefined, PASSWORD);
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(user.email, `parallel guess ${i}`, newAddress())));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    });
  });

  it.runIf(database.name === 'postgres')('shares the counters with a second server process on the same database', async () => {
    const other = await buildServices(t.services.config, pino({ level: 'silent' }));
    try {
      const second = createApp(other);
      const user = await t.register(undefined, PASSWORD);
      const address = newAddress();
      const tryOn = (app: typeof second, password: string) =>
        app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email: user.email, password }),
        });
      expect((await tryOn(t.app, 'wrong one')).status).toBe(401);
      expect((await tryOn(second, 'wrong two')).status).toBe(401);
      expect((await tryOn(t.app, 'wrong three')).status).toBe(401);
      expect((await tryOn(second, PASSWORD)).status).toBe(429);
    } finally {
      await other.db.close();
    }
  });

  describe('cost control', () => {
    async function openSocket(token: string) {
      const session = await (
        await t.request('POST', '/api/conversations/sessions', {
          token,
          body: { pageUrl: 'https://news.example/rice', pageTitle: 'Robots plant rice', articleText: 'Robots plant rice in flooded fields.' },
        })
      ).json();
      const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
      socket.send({ type: 'auth', token });
      await socket.waitFor('ready');
      return { socket, sessionId: session.id as string };
    }
    const userMessages = (sessionId: string) => t.services.db.prisma.conversation.count({ where: { sessionId, role: 'user' } });

    it('refuses a 4th turn in a minute with a rate_limited event and retryAfterSec, storing nothing; the next minute works', async () => {
      const user = await t.register();
      const { socket, sessionId } = await openSocket(user.token);
      for (let i = 0; i < 3; i++) {
        const from = socket.events.length;
        socket.send({ type: 'turn.text', text: `I like robots number ${i}.` });
        await socket.waitFor('turn.done', from);
      }
      const from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'One more turn please.', clientTurnId: 'one-more' });
      const refused = await socket.waitFor('error', from);
      // Named, so the panel stops keeping it for a resend and shows it as not sent.
      expect(refused).toMatchObject({ code: 'rate_limited', clientTurnId: 'one-more' });
      expect(refused.retryAfterSec).toBeGreaterThan(0);
      expect(refused.retryAfterSec).toBeLessThanOrEqual(60);
      expect(await userMessages(sessionId)).toBe(3);
      expect(socket.closeCode).toBeNull();

      t.setNow(new Date(Date.now() + 61_000));
      try {
        const later = socket.events.length;
        socket.send({ type: 'turn.text', text: 'A minute later.' });
        await socket.waitFor('turn.done', later);
        expect(await userMessages(sessionId)).toBe(4);
      } finally {
        t.setNow(undefined);
        socket.close();
      }
    });

    it('refuses a recording longer than MAX_AUDIO_SEC and audio past the daily allowance, with retryAfterSec of hours', async () => {
      const user = await t.register();
      const { socket, sessionId } = await openSocket(user.token);
      const speak = (seconds: number) => {
        const audio = wavFile(sinePcm16(seconds, 16_000), 16_000);
        socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav' });
        socket.ws.send(audio);
        socket.send({ type: 'turn.audio.end' });
      };
      try {
        let from = socket.events.length;
        speak(7);
        expect(await socket.waitFor('error', from)).toMatchObject({ code: 'turn_too_long', message: expect.stringContaining('6 seconds') });
        expect(await userMessages(sessionId)).toBe(0);

        from = socket.events.length;
        speak(5); // 5 of the day's 8 seconds
        await socket.waitFor('turn.done', from);
        expect(await userMessages(sessionId)).toBe(1);

        from = socket.events.length;
        speak(4); // would make 9
        const refused = await socket.waitFor('error', from);
        expect(refused.code).toBe('rate_limited');
        expect(refused.retryAfterSec).toBeGreaterThan(23 * 3600);
        expect(await userMessages(sessionId)).toBe(1);

        from = socket.events.length;
        speak(3); // exactly the 3 left: a refused recording took nothing
        await socket.waitFor('turn.done', from);
        expect(await userMessages(sessionId)).toBe(2);
      } finally {
        socket.close();
      }
    });

    it('answers practice attempts past the turn limit with 429, Retry-After and retryAfterSec', async () => {
      const user = await t.register();
      const phrase = await (await t.request('POST', '/api/phrases', { token: user.token, body: { englishText: 'plant rice' } })).json();
      const attempt = () => t.request('POST', `/api/phrases/${phrase.id}/attempts`, { token: user.token, body: { kind: 'say', transcript: 'plant rice' } });
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(201);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      const body = await refused.json();
      expect(body).toMatchObject({ code: 'rate_limited', retryAfterSec: Number(refused.headers.get('retry-after')) });
      expect(await t.services.db.prisma.practiceAttempt.count({ where: { userId: user.userId } })).toBe(3);
    });
  });

  describe('CORS', () => {
    const preflight = (app: TestApp['app'], origin: string) =>
      app.request('/api/auth/login', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('admits the listed extension and localhost in development, and no other page or extension', async () => {
      for (const origin of [LISTED_EXTENSION, 'http://localhost:3000', 'http://127.0.0.1:5173']) {
        expect((await preflight(t.app, origin)).headers.get('access-control-allow-origin'), origin).toBe(origin);
      }
      for (const origin of ['https://evil.example', 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'moz-extension://1234', 'http://localhost.evil.example', 'null']) {
        expect((await preflight(t.app, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      }
      const simple = await t.app.request('/healthz', { headers: { origin: 'https://evil.example' } });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('admits localhost only outside production', async () => {
      const production = createApp({ ...t.services, config: loadConfig({ ...LIMITS, NODE_ENV: 'production', DATA_DIR: 'memory://' }) });
      expect((await preflight(production, 'http://localhost:3000')).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(production, LISTED_EXTENSION)).headers.get('access-control-allow-origin')).toBe(LISTED_EXTENSION);
    });
  });

  describe('security headers', () => {
    const expectSecureHeaders = (res: Response, what: string) => {
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security'), what).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), what).toBeNull();
    };

    it('are on successes, 404s, 401s, 400s, 413s, 429s, 500s and media', async () => {
      const user = await t.register();
      const media = await t.services.media.save(user.userId, new Uint8Array([1, 2, 3]), 'audio/wav');
      const answers: Array<[string, Response]> = [
        ['health', await t.request('GET', '/healthz')],
        ['openapi', await t.request('GET', '/api/openapi.json')],
        ['own user', await t.request('GET', `/api/users/${user.userId}`, { token: user.token })],
        ['unknown route', await t.request('GET', '/no/such/route')],
        ['no token', await t.request('GET', `/api/users/${user.userId}`)],
        ['bad json', await t.request('POST', '/api/auth/login', { rawBody: '{oops', headers: { 'content-type': 'application/json' } })],
        ['too large', await t.request('POST', '/api/check', { token: user.token, rawBody: 'x'.repeat(1024 * 1024 + 1), headers: { 'content-type': 'application/json' } })],
        ['media', await t.request('GET', media, { token: user.token })],
      ];
      const victim = await t.register();
      for (let i = 0; i < 4; i++) await login(victim.email, 'wrong guess', newAddress());
      answers.push(['rate limited', await login(victim.email, 'wrong guess', newAddress())]);

      const checker = t.services.checker;
      const original = checker.check;
      checker.check = async () => {
        throw new Error('internal detail that must not leak');
      };
      try {
        const failed = await t.request('POST', '/api/check', { token: user.token, body: { text: 'Hello there.' } });
        expect(failed.status).toBe(500);
        expect(await failed.clone().text()).not.toContain('internal detail');
        answers.push(['internal error', failed]);
      } finally {
        checker.check = original;
      }

      expect(answers.map(([what, res]) => `${what} ${res.status}`)).toEqual([
        'health 200', 'openapi 200', 'own user 200', 'unknown route 404', 'no token 401', 'bad json 400', 'too large 413', 'media 200', 'rate limited 429', 'internal error 500',
      ]);
      for (const [what, res] of answers) expectSecureHeaders(res, what);
    });
  });
});
