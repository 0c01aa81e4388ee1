// Fuzzes every POST and PATCH route (read from the OpenAPI document, so new routes are fuzzed
// too) with valid bodies mutated and with raw junk: wrong types, missing fields, huge strings,
// NUL and lone surrogates, broken UTF-8 bytes, deep nesting, non-JSON, binary; with a valid token,
// a forged one and none. The server never answers 5xx, every 4xx is `{ code, message, requestId }`
// with the status of its code, and the server still works afterwards.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issueToken } from '../../server/auth/tokens';
import { UpdateUserBody } from '../../server/routes/users';
import { CheckBody, CreateSessionBody, LoginBody, RegisterBody } from '../../shared/api';
import { ErrorBody, httpStatusOf } from '../../shared/errors';
import { CreateAttemptBody, CreatePhraseBody } from '../../shared/phrases';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Route {
  method: 'POST' | 'PATCH';
  /** OpenAPI path, e.g. /api/phrases/{id}/attempts. */
  template: string;
}
interface RawRequest {
  route: Route;
  auth: 'valid' | 'none' | 'forged' | 'malformed';
  idKind: 'own' | 'random';
  body: string | Uint8Array | undefined;
  contentType: string | undefined;
}

const MUTATED_RUNS = 1400;
const RAW_RUNS = 900;

const PASSWORD = 'correct horse battery';
/** The account each test signs in as; the login route's valid body names it. */
const FUZZ_EMAIL = 'fuzz-login@example.com';

/**
 * A body the route's own zod schema accepts, typed by that schema and parsed when this file loads:
 * a schema change that makes it invalid fails the file at once, instead of leaving the route
 * fuzzed only as far as its validation.
 */
function validFor<S extends z.ZodType>(schema: S, body: z.input<S> & Record<string, Json>): Record<string, Json> {
  schema.parse(body);
  return body;
}

/** A valid body per route; routes added later without one are fuzzed from `{}`. */
const VALID_BODIES: Record<string, Record<string, Json>> = {
  'POST /api/auth/register': validFor(RegisterBody, { email: 'fuzz-register@example.com', password: PASSWORD, name: 'Min-ji', nativeLanguage: 'ko', level: 'B1' }),
  'POST /api/users': validFor(RegisterBody, { email: 'fuzz-users@example.com', password: PASSWORD, name: 'Min-ji' }),
  'POST /api/auth/login': validFor(LoginBody, { email: FUZZ_EMAIL, password: PASSWORD }),
  'PATCH /api/users/{id}': validFor(UpdateUserBody, { name: 'Min-ji', nativeLanguage: 'en', level: 'C1' }),
  'POST /api/conversations/sessions': validFor(CreateSessionBody, { pageUrl: 'https://news.example/rice', pageTitle: 'Rice robots', articleText: 'Robots plant rice.' }),
  'POST /api/check': validFor(CheckBody, { text: 'Yesterday I go to the farm.' }),
  'POST /api/phrases': validFor(CreatePhraseBody, { englishText: 'take part in', sourceUrl: 'https://news.example/rice', sourceTitle: 'Rice', context: 'They take part in it.' }),
  'POST /api/phrases/{id}/attempts': validFor(CreateAttemptBody, { kind: 'use', transcript: 'I took part in a race.' }),
};

const hugeString = fc.constantFrom(10_000, 100_000, 1_100_000).map((n) => 'x'.repeat(n));
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u202e\u200b', '😀'.repeat(50), '<script>alert(1)</script>', "'; DROP TABLE users; --", '%00', '../../etc/passwd', ' '.repeat(30), ''),
);
const nestedText = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepNesting = fc.integer({ min: 10, max: 500 }).map((depth) => JSON.parse(nestedText(depth)) as Json);
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  hugeString,
  nastyString,
  deepNesting,
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, [], {}, { $gt: '' }, ['a', 'b']),
);

/** A valid body with one or more of: a field dropped, retyped, made huge or nasty, junk keys added. */
function mutatedBody(valid: Record<string, Json>): fc.Arbitrary<Json> {
  const keys = Object.keys(valid);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 8 });
  const mutation = fc.oneof(
    key.map((k) => (body: Record<string, Json>) => void delete body[k]),
    fc.tuple(key, wrongValue).map(([k, v]) => (body: Record<string, Json>) => void (body[k] = v)),
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'userId', 'passwordHash', 'role'), fc.jsonValue({ maxDepth: 2 })).map(
      ([k, v]) => (body: Record<string, Json>) => void Object.defineProperty(body, k, { value: v, enumerable: true, writable: true, configurable: true }),
    ),
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
      const body: Record<string, Json> = { ...valid };
      for (const mutate of mutations) mutate(body);
      return body as Json;
    }) },
    { weight: 1, arbitrary: wrongValue },
  );
}

const BROKEN_UTF8 = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]];

/** JSON text as bytes, sometimes with invalid UTF-8 spliced in or cut short. */
const serialized = (body: Json) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<string | Uint8Array>(JSON.stringify(body)) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...BROKEN_UTF8), fc.nat()).map(([bad, at]) => {
        const bytes = Buffer.from(JSON.stringify(body));
        // Inside the first string value when there is one, so the JSON stays well-formed around it.
        const quote = bytes.indexOf(':"');
        const position = quote >= 0 ? quote + 2 : at % (bytes.length + 1);
        return new Uint8Array(Buffer.concat([bytes.subarray(0, position), Buffer.from(bad), bytes.subarray(position)]));
      }),
    },
    { weight: 1, arbitrary: fc.nat().map((cut) => JSON.stringify(body).slice(0, cut % Math.max(1, JSON.stringify(body).length))) },
  );

const junkBody: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.uint8Array({ maxLength: 2048 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', '{', '}', '[', 'null', 'true', '"text"', '{"a":}', '{"__proto__":{"polluted":1}}', 'email=a@b.c&password=x', '\u0000\u0000', '\ufeff{}'),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 10, max: 100_000 }).map((depth) => `{"text":${nestedText(depth)}}`),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  undefined,
);
const auth = fc.constantFrom<RawRequest['auth']>('valid', 'valid', 'valid', 'none', 'forged', 'malformed');
const idKind = fc.constantFrom<RawRequest['idKind']>('own', 'own', 'own', 'random');

// Each test builds its own app and account, so none depends on what another one sent.
describe.each(testDatabases)('REST fuzz on $name', (database) => {
  let t: TestApp;
  let routes: Route[];
  let ids: { userId: string; sessionId: string; phraseId: string };
  let token: string;

  beforeEach(async () => {
    // No per-address cap on new accounts: after ten, every register body would be refused with
    // 429 before it reached the database, and those routes would again be fuzzed only so far.
    t = await createTestApp(database, { REGISTER_MAX_PER_ADDRESS: '0' });
    const user = await t.register(FUZZ_EMAIL, PASSWORD);
    token = user.token;
    const session = await (await t.request('POST', '/api/conversations/sessions', { token, body: VALID_BODIES['POST /api/conversations/sessions'] })).json();
    const phrase = await (await t.request('POST', '/api/phrases', { token, body: VALID_BODIES['POST /api/phrases'] })).json();
    ids = { userId: user.userId, sessionId: session.id, phraseId: phrase.id };
    const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      (['post', 'patch'] as const).filter((m) => m in methods).map((m) => ({ method: m.toUpperCase() as Route['method'], template: path.replace(/\/$/, '') || '/' })),
    );
  }, 120_000);
  afterEach(() => t.close());

  const keyOf = (route: Route) => `${route.method} ${route.template}`;

  function pathOf(route: Route, kind: RawRequest['idKind']) {
    const own = route.template.startsWith('/api/users/')
      ? ids.userId
      : route.template.startsWith('/api/conversations/sessions/')
        ? ids.sessionId
        : ids.phraseId;
    return route.template.replace('{id}', kind === 'own' ? own : 'cm-not-an-id-%00%ff');
  }

  async function send(request: RawRequest): Promise<Response> {
    const key = keyOf(request.route);
    const headers: Record<string, string> = {};
    if (request.contentType) headers['content-type'] = request.contentType;
    // Logout revokes its token, so it gets a fresh one each time.
    const valid = key === 'POST /api/auth/logout' ? (await issueToken(t.services.db.prisma, ids.userId, 1, new Date())).token : token;
    if (request.auth === 'valid') headers.authorization = `Bearer ${valid}`;
    if (request.auth === 'forged') headers.authorization = 'Bearer vea_forged_token_0000';
    if (request.auth === 'malformed') headers.authorization = 'Basic ' + Buffer.from('a:b').toString('base64');
    const body = request.body instanceof Uint8Array ? new Uint8Array(request.body) : request.body;
    return t.app.request(pathOf(request.route, request.idKind), { method: request.route.method, headers, body });
  }

  /** Sends fuzzed requests: never a 5xx, every 4xx in the error shape; then checks what it covered. */
  async function fuzz(request: fc.Arbitrary<RawRequest>, numRuns: number) {
    const hits = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(request, async (fuzzed) => {
        const key = keyOf(fuzzed.route);
        hits.set(key, (hits.get(key) ?? 0) + 1);
        const res = await send(fuzzed);
        const text = await res.text();
        const context = `${key} auth=${fuzzed.auth} -> ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), context).toMatch(/^application\/json/);
          const parsed = ErrorBody.strict().safeParse(JSON.parse(text));
          expect(parsed.success, context).toBe(true);
          expect(httpStatusOf[parsed.data!.code], context).toBe(res.status);
          expect(parsed.data!.requestId.length, context).toBeGreaterThan(0);
        }
      }),
      { numRuns },
    );
    console.info(`REST fuzz on ${database.name}: ${numRuns} requests over ${routes.length} routes`);
    for (const route of routes) expect(hits.get(keyOf(route)) ?? 0, keyOf(route)).toBeGreaterThan(20);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectStillServing();
  }

  async function expectStillServing() {
    expect((await t.request('GET', '/healthz')).status).toBe(200);
    const created = await t.request('POST', '/api/conversations/sessions', { token, body: VALID_BODIES['POST /api/conversations/sessions'] });
    expect(created.status).toBe(201);
    const check = await t.request('POST', '/api/check', { token, body: { text: 'I go to school yesterday.' } });
    expect(check.status).toBe(200);
  }

  it('has a valid body for routes that exist, and each one succeeds as sent', async () => {
    const known = new Set(routes.map(keyOf));
    for (const [key, body] of Object.entries(VALID_BODIES)) {
      expect(known, key).toContain(key);
      const [method, template] = key.split(' ') as [Route['method'], string];
      const res = await send({ route: { method, template }, auth: 'valid', idKind: 'own', body: JSON.stringify(body), contentType: 'application/json' });
      expect(res.status, `${key} -> ${res.status} ${await res.clone().text()}`).toBeGreaterThanOrEqual(200);
      expect(res.status, key).toBeLessThan(300);
    }
  });

  it(`answers ${MUTATED_RUNS} mutated valid bodies without a 5xx, in the error shape`, async () => {
    const routeArb = fc.constantFrom(...routes);
    const request = routeArb.chain((route) =>
      fc.record({
        route: fc.constant(route),
        auth,
        idKind,
        body: mutatedBody(VALID_BODIES[keyOf(route)] ?? {}).chain(serialized),
        contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', undefined),
      }),
    );
    await fuzz(request, MUTATED_RUNS);
  }, 120_000);

  it(`answers ${RAW_RUNS} raw junk bodies (non-JSON, binary, broken UTF-8) without a 5xx`, async () => {
    const request = fc.record({ route: fc.constantFrom(...routes), auth, idKind, body: junkBody, contentType });
    await fuzz(request, RAW_RUNS);
  }, 120_000);

  // Found by the fuzz: the database refuses NUL and half an emoji (a lone surrogate) in text, a 500
  // before; and the body-type check answered 415 with the code bad_request (whose status is 400).
  it('NUL or half an emoji answers 400 validation_failed and stores nothing; a non-JSON content type answers 400', async () => {
    const before = await t.services.db.prisma.session.count();
    for (const pageTitle of ['A\u0000B', 'Rice \ud83c', '\udf3e field']) {
      const res = await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://a.example', pageTitle } });
      expect(res.status, pageTitle).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('cannot be stored') });
    }
    expect(await t.services.db.prisma.session.count()).toBe(before);
    const plain = await t.request('POST', '/api/check', { token, rawBody: '{"text":"hi"}', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(400);
    expect(await plain.json()).toMatchObject({ code: 'bad_request', message: expect.stringContaining('application/json') });
  });
});
