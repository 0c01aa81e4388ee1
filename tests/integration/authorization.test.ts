// The authorization table: every route of the app, and the conversation socket, tried with
// another user's token (404, none of the owner's data, nothing changed) and with no token (401);
// the owner's own call succeeds, so a 404 means "not yours" and not a broken fixture. A route
// that exists in the app or in /api/openapi.json but not in this table fails the suite: adding a
// route means adding its row.
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { startServer, type RunningServer } from '../../server/server';
import { WsCloseCode } from '../../shared/ws';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';

const PASSWORD = 'correct horse battery';

interface User {
  token: string;
  userId: string;
  email: string;
}

/** The owner's data every row is tried against; the markers must never reach anyone else. */
interface World {
  owner: User;
  sessionId: string;
  phraseId: string;
  /** A second phrase, for the owner's own DELETE. */
  spareId: string;
  /** The review item the owner's phrase put in their notebook. */
  reviewItemId: string;
  mediaPath: string;
  markers: string[];
}

type Call = { path: string; body?: unknown };

type Row =
  /** Public: no token needed (accounts, docs, health). */
  | { route: string; access: 'public' }
  /** Addresses the owner's data by id: another user 404, no token 401, the owner `ownerStatus`. */
  | { route: string; access: 'owned'; call: (w: World) => Call; ownerStatus: number }
  /** Acts on the caller's own data (no id in the path): no token 401; a fresh user gets
   * `callerStatus` and never the owner's data. */
  | { route: string; access: 'own-scope'; call: (w: World) => Call; callerStatus: number };

const TABLE: Row[] = [
  { route: 'GET /healthz', access: 'public' },
  { route: 'GET /api/openapi.json', access: 'public' },
  { route: 'GET /api/docs', access: 'public' },
  // Operator data, no learner's: open or guarded by METRICS_TOKEN (tests/integration/operations.test.ts).
  { route: 'GET /metrics', access: 'public' },
  { route: 'POST /api/auth/register', access: 'public' },
  { route: 'POST /api/users', access: 'public' },
  { route: 'POST /api/auth/login', access: 'public' },
  { route: 'POST /api/auth/logout', access: 'own-scope', call: () => ({ path: '/api/auth/logout' }), callerStatus: 204 },
  {
    route: 'POST /api/auth/password',
    access: 'own-scope',
    call: () => ({ path: '/api/auth/password', body: { currentPassword: PASSWORD, newPassword: 'a new long password' } }),
    callerStatus: 200,
  },

  { route: 'GET /api/users/{id}', access: 'owned', call: (w) => ({ path: `/api/users/${w.owner.userId}` }), ownerStatus: 200 },
  {
    route: 'PATCH /api/users/{id}',
    access: 'owned',
    call: (w) => ({ path: `/api/users/${w.owner.userId}`, body: { level: 'B2' } }),
    ownerStatus: 200,
  },
  { route: 'GET /api/users/{id}/sessions', access: 'owned', call: (w) => ({ path: `/api/users/${w.owner.userId}/sessions` }), ownerStatus: 200 },

  {
    route: 'POST /api/conversations/sessions',
    access: 'own-scope',
    call: () => ({ path: '/api/conversations/sessions', body: { pageUrl: 'https://caller.example/', pageTitle: 'Caller page', articleText: 'Text.' } }),
    callerStatus: 201,
  },
  { route: 'GET /api/conversations/sessions/{id}', access: 'owned', call: (w) => ({ path: `/api/conversations/sessions/${w.sessionId}` }), ownerStatus: 200 },
  {
    route: 'GET /api/conversations/sessions/{id}/conversations',
    access: 'owned',
    call: (w) => ({ path: `/api/conversations/sessions/${w.sessionId}/conversations` }),
    ownerStatus: 200,
  },
  {
    route: 'GET /api/conversations/sessions/{id}/corrections',
    access: 'owned',
    call: (w) => ({ path: `/api/conversations/sessions/${w.sessionId}/corrections` }),
    ownerStatus: 200,
  },
  {
    route: 'POST /api/conversations/sessions/{id}/end',
    access: 'owned',
    call: (w) => ({ path: `/api/conversations/sessions/${w.sessionId}/end` }),
    ownerStatus: 200,
  },

  { route: 'GET /api/progress/{userId}', access: 'owned', call: (w) => ({ path: `/api/progress/${w.owner.userId}` }), ownerStatus: 200 },
  { route: 'GET /api/progress/{userId}/stats', access: 'owned', call: (w) => ({ path: `/api/progress/${w.owner.userId}/stats` }), ownerStatus: 200 },
  {
    route: 'GET /api/progress/{userId}/weaknesses',
    access: 'owned',
    call: (w) => ({ path: `/api/progress/${w.owner.userId}/weaknesses` }),
    ownerStatus: 200,
  },
  { route: 'GET /api/progress/{userId}/level', access: 'owned', call: (w) => ({ path: `/api/progress/${w.owner.userId}/level` }), ownerStatus: 200 },
  { route: 'GET /api/progress/{userId}/history', access: 'owned', call: (w) => ({ path: `/api/progress/${w.owner.userId}/history` }), ownerStatus: 200 },

  { route: 'POST /api/check', access: 'own-scope', call: () => ({ path: '/api/check', body: { text: 'I has a dog.' } }), callerStatus: 200 },

  // The same text as the owner's phrase: the caller must get a new phrase of their own (201), not the owner's (200).
  {
    route: 'POST /api/phrases',
    access: 'own-scope',
    call: () => ({ path: '/api/phrases', body: { englishText: 'owner-marker-phrase plant rice' } }),
    callerStatus: 201,
  },
  { route: 'GET /api/phrases', access: 'own-scope', call: () => ({ path: '/api/phrases' }), callerStatus: 200 },
  { route: 'GET /api/phrases/{id}', access: 'owned', call: (w) => ({ path: `/api/phrases/${w.phraseId}` }), ownerStatus: 200 },
  {
    route: 'POST /api/phrases/{id}/attempts',
    access: 'owned',
    call: (w) => ({ path: `/api/phrases/${w.phraseId}/attempts`, body: { kind: 'say', transcript: 'plant rice' } }),
    ownerStatus: 201,
  },
  { route: 'GET /api/phrases/{id}/attempts', access: 'owned', call: (w) => ({ path: `/api/phrases/${w.phraseId}/attempts` }), ownerStatus: 200 },
  // Another user's DELETE is tried on the owner's phrase; the owner deletes their spare one.
  {
    route: 'DELETE /api/phrases/{id}',
    access: 'owned',
    call: (w) => ({ path: `/api/phrases/${w.phraseId}` }),
    ownerStatus: 204,
  },

  { route: 'GET /api/review/items', access: 'own-scope', call: () => ({ path: '/api/review/items' }), callerStatus: 200 },
  { route: 'GET /api/review/items/{id}', access: 'owned', call: (w) => ({ path: `/api/review/items/${w.reviewItemId}` }), ownerStatus: 200 },
  {
    route: 'POST /api/review/items/{id}/rate',
    access: 'owned',
    call: (w) => ({ path: `/api/review/items/${w.reviewItemId}/rate`, body: { rating: 'good', answer: 'plant rice' } }),
    ownerStatus: 200,
  },
  { route: 'GET /api/review/summary', access: 'own-scope', call: () => ({ path: '/api/review/summary' }), callerStatus: 200 },
  { route: 'GET /api/review/export.csv', access: 'own-scope', call: () => ({ path: '/api/review/export.csv' }), callerStatus: 200 },

  { route: 'GET /media/{userId}/{name}', access: 'owned', call: (w) => ({ path: w.mediaPath }), ownerStatus: 200 },
  // The socket has its own test below (first-message auth, close codes).
  { route: 'GET /ws/conversation/{sessionId}', access: 'public' },
];

const methodOf = (route: string) => route.split(' ')[0]!;

describe.each(testDatabases)('authorization table on $name', (database) => {
  let t: TestApp;
  let server: RunningServer;
  let world: World;

  async function fresh(): Promise<User> {
    return t.register(undefined, PASSWORD);
  }

  /** Everything of the owner's that another user's call could read or change. */
  async function snapshot() {
    const prisma = t.services.db.prisma;
    const userId = world.owner.userId;
    return JSON.stringify(
      await Promise.all([
        prisma.user.findUnique({ where: { id: userId } }),
        prisma.session.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
        prisma.conversation.count({ where: { session: { userId } } }),
        prisma.practicePhrase.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
        prisma.practiceAttempt.count({ where: { userId } }),
        prisma.reviewItem.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
        prisma.reviewLog.count({ where: { userId } }),
        prisma.authToken.count({ where: { userId, revokedAt: null } }),
      ]),
    );
  }

  beforeAll(async () => {
    t = await createTestApp(database);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    const owner = await t.register(`owner-marker-${Date.now()}@example.com`, PASSWORD);
    const session = await (
      await t.request('POST', '/api/conversations/sessions', {
        token: owner.token,
        body: { pageUrl: 'https://owner-marker.example/rice', pageTitle: 'Owner-marker rice robots', articleText: 'Robots plant rice in flooded fields.' },
      })
    ).json();
    const prisma = t.services.db.prisma;
    const message = await prisma.conversation.create({ data: { sessionId: session.id, role: 'user', content: 'owner-marker I go to farm yesterday' } });
    await prisma.correction.create({
      data: {
        sessionId: session.id,
        conversationId: message.id,
        userId: owner.userId,
        type: 'grammar',
        originalText: 'go',
        correctedText: 'went',
        explanation: 'owner-marker past tense',
        severity: 'moderate',
        startOffset: 15,
        endOffset: 17,
      },
    });
    const phrase = await (await t.request('POST', '/api/phrases', { token: owner.token, body: { englishText: 'owner-marker-phrase plant rice' } })).json();
    const spare = await (await t.request('POST', '/api/phrases', { token: owner.token, body: { englishText: 'owner-marker spare phrase' } })).json();
    await t.request('POST', `/api/phrases/${phrase.id}/attempts`, { token: owner.token, body: { kind: 'use', transcript: 'We plant rice in spring.' } });
    const mediaPath = await t.services.media.save(owner.userId, new TextEncoder().encode('owner-marker audio bytes'), 'audio/wav');
    const reviewItem = await prisma.reviewItem.findFirstOrThrow({ where: { userId: owner.userId, phraseId: phrase.id } });
    world = {
      owner,
      sessionId: session.id,
      phraseId: phrase.id,
      spareId: spare.id,
      reviewItemId: reviewItem.id,
      mediaPath,
      markers: [owner.email, owner.userId, session.id, phrase.id, reviewItem.id, 'owner-marker'],
    };
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('has a row for every route of the app and of the OpenAPI document, and no stale rows', async () => {
    const { upgradeWebSocket } = createNodeWebSocket({ app: new Hono() });
    const full = createApp(t.services, { upgradeWebSocket });
    const appRoutes = new Set(
      full.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const doc = (await (await full.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const tabled = new Set(TABLE.map((row) => row.route));
    expect([...appRoutes].filter((r) => !tabled.has(r)), 'routes missing from the table').toEqual([]);
    expect(documented.filter((r) => !tabled.has(r)), 'documented routes missing from the table').toEqual([]);
    expect([...tabled].filter((r) => !appRoutes.has(r)), 'table rows with no route').toEqual([]);
  });

  const owned = TABLE.filter((row): row is Extract<Row, { access: 'owned' }> => row.access === 'owned');
  it.each(owned)("$route: another user's token 404 without data, no token 401, owner $ownerStatus", async (row) => {
    const intruder = await fresh();
    const { path, body } = row.call(world);
    const method = methodOf(row.route);
    const before = await snapshot();

    const theirs = await t.request(method, path, { token: intruder.token, body });
    const text = await theirs.text();
    expect(theirs.status, text).toBe(404);
    for (const marker of world.markers) expect(text).not.toContain(marker);

    const anonymous = await t.request(method, path, { body });
    expect(anonymous.status).toBe(401);
    const anonymousText = await anonymous.text();
    for (const marker of world.markers) expect(anonymousText).not.toContain(marker);
    expect(await snapshot(), 'another user or no token changed the owner\'s data').toBe(before);

    const ownPath = row.route === 'DELETE /api/phrases/{id}' ? `/api/phrases/${world.spareId}` : path;
    const own = await t.request(method, ownPath, { token: world.owner.token, body });
    expect(own.status, await own.clone().text()).toBe(row.ownerStatus);
  });

  const ownScope = TABLE.filter((row): row is Extract<Row, { access: 'own-scope' }> => row.access === 'own-scope');
  it.each(ownScope)("$route: no token 401; another user gets $callerStatus and never the owner's data", async (row) => {
    const caller = await fresh();
    const { path, body } = row.call(world);
    const method = methodOf(row.route);
    const before = await snapshot();

    expect((await t.request(method, path, { body })).status).toBe(401);
    const res = await t.request(method, path, { token: caller.token, body });
    const text = await res.text();
    expect(res.status, text).toBe(row.callerStatus);
    for (const marker of world.markers.filter((m) => m !== 'owner-marker')) expect(text).not.toContain(marker);
    if (['GET /api/phrases', 'GET /api/review/items', 'GET /api/review/export.csv'].includes(row.route)) expect(text).not.toContain('owner-marker');
    expect(await snapshot()).toBe(before);
  });

  it("the owner's token still works after every row", async () => {
    expect((await t.request('GET', `/api/users/${world.owner.userId}`, { token: world.owner.token })).status).toBe(200);
  });

  describe('conversation socket', () => {
    const url = () => `${server.url.replace('http', 'ws')}/ws/conversation/${world.sessionId}`;

    it("closes with 4004 for another user's token and sends none of the session", async () => {
      const intruder = await fresh();
      const socket = await TestSocket.open(url());
      socket.send({ type: 'auth', token: intruder.token });
      expect(await socket.waitForClose()).toBe(WsCloseCode.sessionNotFound);
      expect(socket.events).toEqual([]);
    });

    it('without a token answers unauthorized to a turn, stores nothing, and closes a forged or revoked token with 4003', async () => {
      const before = await snapshot();
      const anonymous = await TestSocket.open(url());
      anonymous.send({ type: 'turn.text', text: 'owner-marker let me in' });
      anonymous.send({ type: 'resume', turnId: 'any', afterSeq: -1 });
      expect(await anonymous.waitFor('error')).toMatchObject({ code: 'unauthorized' });
      expect(anonymous.events.every((e) => e.type === 'error' && e.code === 'unauthorized')).toBe(true);
      anonymous.close();

      const forged = await TestSocket.open(url());
      forged.send({ type: 'auth', token: 'vea_forged' });
      expect(await forged.waitForClose()).toBe(WsCloseCode.unauthorized);

      const login = await t.request('POST', '/api/auth/login', { body: { email: world.owner.email, password: PASSWORD } });
      const signedOut = ((await login.json()) as { token: string }).token;
      expect((await t.request('POST', '/api/auth/logout', { token: signedOut })).status).toBe(204);
      const revoked = await TestSocket.open(url());
      revoked.send({ type: 'auth', token: signedOut });
      expect(await revoked.waitForClose()).toBe(WsCloseCode.unauthorized);
      expect(await snapshot()).toBe(before);
    });

    it("lets the owner in", async () => {
      const socket = await TestSocket.open(url());
      socket.send({ type: 'auth', token: world.owner.token });
      expect((await socket.waitFor('ready')).sessionId).toBe(world.sessionId);
      socket.close();
    });
  });
});
