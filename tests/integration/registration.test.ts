// Who may create an account: REGISTRATION=open (anyone), invite (with REGISTRATION_INVITE_CODE
// sent as inviteCode) or closed (only the first account, the operator's). In every mode an
// address may register only REGISTER_MAX_PER_ADDRESS accounts in REGISTER_WINDOW_MIN, counted in
// the database like the login limits, so the limit holds across server processes.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { ConfigError, loadConfig } from '../../server/config';
import { buildServices } from '../../server/services-factory';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

const PASSWORD = 'correct horse battery';
let counter = 0;
const newEmail = () => `signup${++counter}-${Date.now()}@example.com`;
let addressCounter = 0;
/** A distinct client address per test, so per-address counts do not leak between tests. */
const newAddress = () => `192.0.2.${++addressCounter}`;

function registerOn(t: TestApp, address: string, extra: Record<string, unknown> = {}) {
  return t.request('POST', '/api/auth/register', {
    body: { email: newEmail(), password: PASSWORD, ...extra },
    headers: { 'x-forwarded-for': address },
  });
}

describe.each(testDatabases)('registration on $name', (database) => {
  describe('per-address limit', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(database, { TRUST_PROXY: 'true', REGISTER_MAX_PER_ADDRESS: '3', REGISTER_WINDOW_MIN: '60' });
    });
    afterAll(() => t.close());

    it('refuses a 4th account from one address with 429, Retry-After and retryAfterSec; other addresses are unaffected', async () => {
      const address = newAddress();
      for (let i = 0; i < 3; i++) expect((await registerOn(t, address)).status).toBe(201);
      const refused = await registerOn(t, address);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60 * 60);
      const body = await refused.json();
      expect(body).toMatchObject({ code: 'rate_limited', retryAfterSec: retryAfter, requestId: expect.any(String) });
      expect(body.message).toMatch(/accounts? from your network.*try again in \d+ minutes/i);
      expect((await registerOn(t, newAddress())).status).toBe(201);
    });

    it('counts POST /api/users, the other path to registration, against the same limit', async () => {
      const address = newAddress();
      for (let i = 0; i < 3; i++) expect((await registerOn(t, address)).status).toBe(201);
      const alias = await t.request('POST', '/api/users', { body: { email: newEmail(), password: PASSWORD }, headers: { 'x-forwarded-for': address } });
      expect(alias.status).toBe(429);
    });

    it('lets the address register again once the window has passed', async () => {
      const address = newAddress();
      for (let i = 0; i < 3; i++) expect((await registerOn(t, address)).status).toBe(201);
      expect((await registerOn(t, address)).status).toBe(429);
      t.setNow(new Date(Date.now() + 61 * 60_000));
      try {
        expect((await registerOn(t, address)).status).toBe(201);
      } finally {
        t.setNow(undefined);
      }
    });

    it.runIf(database.name === 'postgres')('shares the count with a second server process on the same database', async () => {
      const other = await buildServices(t.services.config, pino({ level: 'silent' }));
      try {
        const second = createApp(other);
        const address = newAddress();
        const on = (app: typeof second) =>
          app.request('/api/auth/register', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
            body: JSON.stringify({ email: newEmail(), password: PASSWORD }),
          });
        expect((await on(t.app)).status).toBe(201);
        expect((await on(second)).status).toBe(201);
        expect((await on(t.app)).status).toBe(201);
        expect((await on(second)).status).toBe(429);
      } finally {
        await other.db.close();
      }
    });
  });

  describe('with the default limits', () => {
    let t: TestApp;
    const defaults = loadConfig({});
    beforeAll(async () => {
      t = await createTestApp(database, {
        REGISTER_MAX_PER_ADDRESS: String(defaults.REGISTER_MAX_PER_ADDRESS),
        REGISTER_WINDOW_MIN: String(defaults.REGISTER_WINDOW_MIN),
      });
    });
    afterAll(() => t.close());

    it('does not answer thirty sign-ups from one address in a row all with 201', async () => {
      expect(defaults.REGISTRATION).toBe('open');
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await t.request('POST', '/api/auth/register', { body: { email: newEmail(), password: PASSWORD } })).status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(defaults.REGISTER_MAX_PER_ADDRESS);
      expect(defaults.REGISTER_MAX_PER_ADDRESS).toBeLessThan(30);
      expect(statuses.slice(defaults.REGISTER_MAX_PER_ADDRESS).every((s) => s === 429)).toBe(true);
    });
  });

  describe('REGISTRATION=invite', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(database, { REGISTRATION: 'invite', REGISTRATION_INVITE_CODE: 'spring-class-2026' });
    });
    afterAll(() => t.close());

    it('creates an account with the invite code', async () => {
      const res = await registerOn(t, newAddress(), { inviteCode: 'spring-class-2026' });
      expect(res.status).toBe(201);
    });

    it.each([
      ['no invite code', {}],
      ['a wrong invite code', { inviteCode: 'spring-class-2025' }],
      ['an empty invite code', { inviteCode: '' }],
    ])('refuses %s with 403 naming inviteCode, and creates nothing', async (_what, extra) => {
      const email = newEmail();
      const res = await t.request('POST', '/api/auth/register', { body: { email, password: PASSWORD, ...extra } });
      expect(res.status).toBe(403);
      const body = await res.json();
      expect(body).toMatchObject({ code: 'invite_required', requestId: expect.any(String) });
      expect(body.message).toMatch(/^inviteCode: /);
      expect(await t.services.db.prisma.user.count({ where: { email } })).toBe(0);
    });
  });

  describe('REGISTRATION=closed', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(database, { REGISTRATION: 'closed' });
    });
    afterAll(() => t.close());

    it('creates the first account only, even when several arrive at once; later sign-ups get 403', async () => {
      const first = await Promise.all(Array.from({ length: 4 }, () => registerOn(t, newAddress())));
      expect(first.map((r) => r.status).sort()).toEqual([201, 403, 403, 403]);
      expect(await t.services.db.prisma.user.count()).toBe(1);
      const later = await registerOn(t, newAddress());
      expect(later.status).toBe(403);
      const body = await later.json();
      expect(body.code).toBe('registration_closed');
      expect(body.message).toMatch(/closed/i);
      expect(await t.services.db.prisma.user.count()).toBe(1);
    });
  });
});

describe('registration settings', () => {
  it('defaults to open registration with a per-address limit', () => {
    const config = loadConfig({});
    expect(config.REGISTRATION).toBe('open');
    expect(config.REGISTER_MAX_PER_ADDRESS).toBeGreaterThan(0);
  });

  it('refuses REGISTRATION=invite without REGISTRATION_INVITE_CODE, and an unknown mode, naming the variable', () => {
    expect(() => loadConfig({ REGISTRATION: 'invite' })).toThrow(ConfigError);
    expect(() => loadConfig({ REGISTRATION: 'invite' })).toThrow(/\bREGISTRATION_INVITE_CODE\b/);
    expect(() => loadConfig({ REGISTRATION: 'sometimes' })).toThrow(/\bREGISTRATION\b/);
    expect(loadConfig({ REGISTRATION: 'invite', REGISTRATION_INVITE_CODE: 'x' }).REGISTRATION).toBe('invite');
  });
});
