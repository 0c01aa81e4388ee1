// A database that goes away answers 503 (never a crash, never a 500), and the server recovers by
// itself when the database returns. Needs a PostgreSQL server (DATABASE_URL); the embedded
// database cannot stop independently of the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';
import { TcpProxy } from '../support/tcp-proxy';

const postgres = testDatabases.find((d) => d.name === 'postgres');

describe.runIf(postgres)('database outage on postgres', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    const created = await postgres!.create();
    const direct = new URL(created.databaseUrl!);
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    const proxied = new URL(direct);
    proxied.port = String(proxy.port);
    const viaProxy: TestDatabase = {
      name: 'postgres',
      create: async () => ({ ...created, databaseUrl: proxied.toString() }),
    };
    t = await createTestApp(viaProxy);
    ({ token, userId } = await t.register());
  });
  afterAll(async () => {
    await proxy.start();
    await t.close();
    await proxy.stop();
  });

  it('answers 503 in the error shape while the database is down, then recovers without a restart', async () => {
    const session = await (
      await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://a.example', pageTitle: 'A', articleText: 'Rice.' } })
    ).json();

    await proxy.stop();
    const health = await t.request('GET', '/healthz');
    expect(health.status).toBe(503);
    const during = await t.request('GET', `/api/users/${userId}/sessions`, { token });
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ code: 'service_unavailable', requestId: expect.any(String) });
    expect(during.headers.get('retry-after')).toBeTruthy();

    await proxy.start();
    let after: Response | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      after = await t.request('GET', `/api/users/${userId}/sessions`, { token });
      if (after.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(after!.status).toBe(200);
    expect((await after!.json()).items.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect((await t.request('GET', '/healthz')).status).toBe(200);
  });
});
