// Past what a process takes at once, a new turn is refused before its ack with `busy` and
// retryAfterSec, and nothing of it is stored; the turns already acknowledged go on. A pool of
// database connections that is all in use is overload too: an acknowledged turn waits for a
// connection and finishes with its words stored, instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import type { LlmProvider } from '../../server/providers/types';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases, type TestDatabase } from '../support/databases';
import { postgresFor } from '../support/postgres-only';
import { TestSocket } from '../support/ws-client';

/** Replaces the tutor with one that answers only once `answer()` is called. */
function holdTutor(t: TestApp) {
  const offline = t.services.providers.llm;
  let answer!: () => void;
  const mayAnswer = new Promise<void>((resolve) => (answer = resolve));
  const held: LlmProvider = {
    ...offline,
    async *streamReply(context, signal) {
      await mayAnswer;
      yield* offline.streamReply(context, signal);
    },
  };
  t.services.providers.llm = held;
  return { answer, restore: () => (t.services.providers.llm = offline) };
}

async function startApp(database: TestDatabase, env: Record<string, string>) {
  const t = await createTestApp(database, { TURNS_PER_MINUTE: '0', ...env });
  const server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  const { token } = await t.register();
  const sockets: TestSocket[] = [];
  const openSession = async () => {
    const res = await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://a.example', pageTitle: 'Rice robots', articleText: 'Robots plant rice.' } });
    const { id } = (await res.json()) as { id: string };
    const { socket } = await TestSocket.conversation(server.url, id, token);
    sockets.push(socket);
    return { id, socket };
  };
  const messagesOf = async (sessionId: string) => {
    const res = await t.request('GET', `/api/conversations/sessions/${sessionId}/conversations`, { token });
    return ((await res.json()) as { items: { role: string; content: string; id: string }[] }).items;
  };
  const close = async () => {
    for (const socket of sockets) socket.close();
    await server.close();
    await t.close();
  };
  return { t, openSession, messagesOf, close };
}

describe.each(testDatabases)('turn admission on $name', (database) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp(database, { MAX_TURNS_IN_FLIGHT: '1' });
  });
  afterAll(() => app.close());

  it('refuses a turn past the limit before its ack with busy and retryAfterSec, stores nothing of it, and takes it once there is room', async () => {
    const tutor = holdTutor(app.t);
    try {
      const first = await app.openSession();
      const second = await app.openSession();
      first.socket.send({ type: 'turn.text', text: 'I think robots help old farmers.' });
      const firstAck = await first.socket.waitFor('ack');

      second.socket.send({ type: 'turn.text', text: 'Yesterday I go to the farm.', clientTurnId: 'refused' });
      const refusal = await second.socket.waitFor('error');
      expect(refusal).toMatchObject({ code: 'busy', message: expect.stringMatching(/busy/i), retryAfterSec: expect.any(Number), clientTurnId: 'refused' });
      expect(refusal.retryAfterSec).toBeGreaterThan(0);
      expect(second.socket.events.some((e) => e.type === 'ack')).toBe(false);
      expect((await app.messagesOf(second.id)).filter((m) => m.role === 'user')).toEqual([]);

      // The turn that was in already goes on, whole.
      tutor.answer();
      await first.socket.waitFor('turn.done');
      expect(first.socket.events.filter((e) => e.type === 'error')).toEqual([]);
      expect((await app.messagesOf(first.id)).find((m) => m.id === firstAck.messageId)?.content).toBe('I think robots help old farmers.');

      // Room again: the learner's retry goes through.
      const from = second.socket.events.length;
      second.socket.send({ type: 'turn.text', text: 'Yesterday I go to the farm.', clientTurnId: 'retried' });
      expect(await second.socket.waitFor('ack', from)).toMatchObject({ clientTurnId: 'retried' });
      await second.socket.waitFor('turn.done', from);
      expect((await app.messagesOf(second.id)).filter((m) => m.role === 'user').map((m) => m.content)).toEqual(['Yesterday I go to the farm.']);
    } finally {
      tutor.restore();
    }
  });
});

const postgres = postgresFor('a busy connection pool (the embedded database has no pool)');

describe.runIf(postgres)('a busy connection pool on postgres', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    // One connection, and a wait for it that times out after 200 ms: the turn below waits far longer.
    app = await startApp(postgres!, { DATABASE_POOL_SIZE: '1', DATABASE_CONNECT_TIMEOUT_MS: '200' });
  });
  afterAll(() => app.close());

  it('lets an acknowledged turn wait for a connection and finish with its words and reply stored', async () => {
    const tutor = holdTutor(app.t);
    try {
      const { id, socket } = await app.openSession();
      socket.send({ type: 'turn.text', text: 'The farmers is happy with the robots.' });
      const ack = await socket.waitFor('ack');

      // Someone else holds the only connection for 1.5 s while the tutor answers and the turn stores it.
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const hold = app.t.services.db.prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT 1`;
          holding();
          await new Promise((r) => setTimeout(r, 1_500));
        },
        { maxWait: 10_000, timeout: 10_000 },
      );
      await held;
      tutor.answer();
      await hold;

      const done = await socket.waitFor('turn.done', 0, 30_000);
      expect(done.interrupted).toBeUndefined();
      expect(socket.events.filter((e) => e.type === 'error')).toEqual([]);
      const reply = socket.events.find((e) => e.type === 'reply.done');
      const stored = await app.messagesOf(id);
      expect(stored.find((m) => m.id === ack.messageId)?.content).toBe('The farmers is happy with the robots.');
      expect(stored.find((m) => m.role === 'assistant' && m.content === (reply as { text: string }).text)).toBeDefined();
    } finally {
      tutor.restore();
    }
  });
});
