// A database that goes away answers 503 (never a crash, never a 500), and the server recovers by
// itself when the database returns; an open conversation socket stays open, says why meanwhile,
// and loses no acknowledged turn. Needs a PostgreSQL server (CI must give one); the embedded
// database cannot stop independently of the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import type { LlmProvider } from '../../server/providers/types';
import { createTestApp, type TestApp } from '../support/app';
import type { TestDatabase } from '../support/databases';
import { postgresFor } from '../support/postgres-only';
import { TcpProxy } from '../support/tcp-proxy';
import { TestSocket } from '../support/ws-client';

const postgres = postgresFor('database outage (a PostgreSQL server that goes away and comes back)');

describe.runIf(postgres)('database outage on postgres', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let server: RunningServer;
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
    t = await createTestApp(viaProxy, { TURNS_PER_MINUTE: '0' });
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    ({ token, userId } = await t.register());
  });
  afterAll(async () => {
    await proxy.start();
    await server.close();
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

  it('keeps an open socket through the outage: acknowledged turns are kept, the socket says why, turns work again after', async () => {
    const session = await (
      await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://b.example', pageTitle: 'B', articleText: 'Robots plant rice.' } })
    ).json();
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    // A tutor that takes its time, so the database can go away while a reply is being written.
    const offlineTutor = t.services.providers.llm;
    const slowTutor: LlmProvider = {
      ...offlineTutor,
      async *streamReply(context, signal) {
        for await (const piece of offlineTutor.streamReply(context, signal)) {
          await new Promise((r) => setTimeout(r, 30));
          yield piece;
        }
      },
    };
    t.services.providers.llm = slowTutor;
    try {
      let from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'I think robots help old farmers.', clientTurnId: 'before' });
      await socket.waitFor('turn.done', from);

      // Acknowledged, then the database stops while the reply streams.
      from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'The database will stop during this answer.', clientTurnId: 'during' });
      const ackDuring = await socket.waitFor('ack', from);
      await socket.waitFor('reply.delta', from);
      await proxy.stop();
      const outageError = await socket.waitFor('error', from, 15_000);
      expect(outageError).toMatchObject({ code: 'service_unavailable', message: expect.stringMatching(/database/i) });
      // The interrupted turn ends in its own numbering: the client knows it is over.
      expect(outageError.turnId).toBe(ackDuring.turnId);
      expect(await socket.waitFor('turn.done', from, 15_000)).toMatchObject({ turnId: ackDuring.turnId, interrupted: true });

      // A new turn while the database is down: refused with the same clear error, not acknowledged.
      from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'Is anyone there?', clientTurnId: 'refused' });
      expect(await socket.waitFor('error', from, 15_000)).toMatchObject({ code: 'service_unavailable' });
      expect(socket.events.slice(from).some((e) => e.type === 'ack')).toBe(false);
      socket.send({ type: 'ping' });
      await socket.waitFor('pong', from);
      expect(socket.closeCode).toBeNull();

      // The database returns: the same socket takes turns again, without a restart.
      await proxy.start();
      let after: Extract<(typeof socket.events)[number], { type: 'ack' }> | undefined;
      for (let attempt = 0; attempt < 40 && !after; attempt++) {
        from = socket.events.length;
        socket.send({ type: 'turn.text', text: `Hello again, attempt ${attempt}.`, clientTurnId: `after-${attempt}` });
        const answer = await Promise.race([socket.waitFor('ack', from, 15_000), socket.waitFor('error', from, 15_000)]);
        if (answer.type === 'ack') after = answer;
        else await new Promise((r) => setTimeout(r, 250));
      }
      expect(after).toBeDefined();
      await socket.waitFor('turn.done', socket.events.indexOf(after!));
      expect(socket.closeCode).toBeNull();

      const stored = await t.services.db.prisma.conversation.findMany({ where: { sessionId: session.id, role: 'user' }, orderBy: { createdAt: 'asc' } });
      expect(stored.map((m) => m.content)).toEqual([
        'I think robots help old farmers.',
        'The database will stop during this answer.',
        expect.stringMatching(/^Hello again/),
      ]);
      expect(stored[1]!.id).toBe(ackDuring.messageId);
    } finally {
      t.services.providers.llm = offlineTutor;
      socket.close();
    }
  });
});
