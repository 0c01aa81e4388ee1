// The conversation WebSocket over a real socket: auth by first message, a text turn stored
// before it is acknowledged, corrections at once, the reply streamed then stored; bad messages
// answered without closing; someone else's session closed with 4004.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { MAX_TURN_CHARS, WsCloseCode } from '../../shared/ws';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';

describe.each(testDatabases)('conversation socket on $name', (database) => {
  let t: TestApp;
  let server: RunningServer;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    t = await createTestApp(database);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.close();
    await t.close();
  });

  async function newSession(token: string) {
    const res = await t.request('POST', '/api/conversations/sessions', {
      token,
      body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
    });
    return (await res.json()).id as string;
  }

  async function connect(sessionId: string) {
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${sessionId}`);
    sockets.push(socket);
    return socket;
  }

  it('authenticates, greets about the article, and runs a corrected, streamed, stored turn', async () => {
    const { token } = await t.register();
    const sessionId = await newSession(token);
    const socket = await connect(sessionId);
    socket.send({ type: 'auth', token });
    const ready = await socket.waitFor('ready');
    expect(ready.capabilities.llm).toBe('offline');
    expect(ready.greeting?.text).toContain('rice');

    const before = socket.events.length;
    socket.send({ type: 'turn.text', text: 'Yesterday I go to a farm and I see many robot.', clientTurnId: 'c1' });
    const done = await socket.waitFor('turn.done', before);
    const turnEvents = socket.events.slice(before).filter((e) => 'turnId' in e && e.turnId === done.turnId);
    const types = turnEvents.map((e) => e.type);
    expect(types[0]).toBe('ack');
    expect(types.at(-1)).toBe('turn.done');
    expect(types.indexOf('correction')).toBeLessThan(types.indexOf('reply.delta'));
    expect(types.lastIndexOf('reply.delta')).toBeLessThan(types.indexOf('reply.done'));
    expect(turnEvents.map((e) => ('seq' in e ? e.seq : -1))).toEqual(turnEvents.map((_, i) => i));

    const ack = turnEvents[0] as Extract<typeof turnEvents[number], { type: 'ack' }>;
    expect(ack.clientTurnId).toBe('c1');
    const corrections = turnEvents.filter((e) => e.type === 'correction');
    expect(corrections.map((c) => c.type === 'correction' && c.correction.corrected)).toContain('went');
    const replyDone = await socket.waitFor('reply.done', before);
    const deltas = turnEvents.filter((e) => e.type === 'reply.delta').map((e) => (e.type === 'reply.delta' ? e.text : ''));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('').trim()).toBe(replyDone.text);
    expect(replyDone.text).toContain('A more natural way to say it');

    // Everything is stored and readable back over REST.
    const messages = (await (await t.request('GET', `/api/conversations/sessions/${sessionId}/conversations`, { token })).json()).items;
    expect(messages.map((m: { role: string }) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    expect(messages[1]).toMatchObject({ id: ack.messageId, content: 'Yesterday I go to a farm and I see many robot.' });
    expect(messages[2]).toMatchObject({ id: replyDone.messageId, content: replyDone.text });
    const stored = (await (await t.request('GET', `/api/conversations/sessions/${sessionId}/corrections`, { token })).json()).items;
    expect(stored).toHaveLength(corrections.length);
    expect(stored.every((c: { conversationId: string }) => c.conversationId === ack.messageId)).toBe(true);
  });

  it('answers malformed and unknown messages with an error event and stays open', async () => {
    const { token } = await t.register();
    const socket = await connect(await newSession(token));
    socket.send('{not json');
    expect(await socket.waitFor('error', 0)).toMatchObject({ code: 'bad_request' });
    socket.send({ type: 'turn.text', text: 'hello' });
    expect((await socket.waitFor('error', 1)).code).toBe('unauthorized');
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    let from = socket.events.length;
    socket.send({ type: 'dance' });
    expect(await socket.waitFor('error', from)).toMatchObject({ code: 'bad_request' });
    from = socket.events.length;
    socket.send({ type: 'turn.text', text: 42 });
    expect((await socket.waitFor('error', from)).message).toContain('text');
    from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'a'.repeat(MAX_TURN_CHARS + 1) });
    expect(await socket.waitFor('error', from)).toMatchObject({ code: 'turn_too_long' });
    from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'I enjoy reading about robots.' });
    await socket.waitFor('turn.done', from);
    expect(socket.closeCode).toBeNull();
  });

  it("closes with 4004 for another user's session and 4003 for a bad token, storing nothing", async () => {
    const owner = await t.register();
    const intruder = await t.register();
    const sessionId = await newSession(owner.token);
    const theirs = await connect(sessionId);
    theirs.send({ type: 'auth', token: intruder.token });
    expect(await theirs.waitForClose()).toBe(WsCloseCode.sessionNotFound);
    const forged = await connect(sessionId);
    forged.send({ type: 'auth', token: 'vea_forged' });
    expect(await forged.waitForClose()).toBe(WsCloseCode.unauthorized);
    expect(await t.services.db.prisma.conversation.count({ where: { sessionId } })).toBe(0);
  });

  it('barge-in: a new turn interrupts the reply in flight, which is stored marked interrupted', async () => {
    const { token } = await t.register();
    const sessionId = await newSession(token);
    const socket = await connect(sessionId);
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    // A tutor that takes its time, as a live model does, so the learner can talk over it.
    const offlineTutor = t.services.providers.llm;
    t.services.providers.llm = {
      ...offlineTutor,
      async *streamReply(context, signal) {
        for await (const piece of offlineTutor.streamReply(context, signal)) {
          await new Promise((r) => setTimeout(r, 40));
          yield piece;
        }
      },
    };
    try {
      const from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'I think robots help old farmers a lot.' });
      const firstDelta = await socket.waitFor('reply.delta', from);
      socket.send({ type: 'turn.text', text: 'Sorry, one more thing.' });
      const acks = async () => {
        for (;;) {
          const found = socket.events.slice(from).filter((e) => e.type === 'ack');
          if (found.length === 2) return found;
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const [, secondAck] = await acks();
      const secondDone = await socket.waitFor('turn.done', socket.events.indexOf(secondAck!));
      expect(secondDone.turnId).toBe(secondAck!.turnId);
      const firstTurn = socket.events.filter((e) => 'turnId' in e && e.turnId === firstDelta.turnId).map((e) => e.type);
      expect(firstTurn).not.toContain('reply.done');
      expect(firstTurn.at(-1)).toBe('turn.done');

      const messages = await t.services.db.prisma.conversation.findMany({ where: { sessionId, role: { not: undefined } }, orderBy: { createdAt: 'asc' } });
      expect(messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([
        'I think robots help old farmers a lot.',
        'Sorry, one more thing.',
      ]);
      const interrupted = messages.filter((m) => m.interrupted);
      expect(interrupted).toHaveLength(1);
      expect(interrupted[0]).toMatchObject({ role: 'assistant', turnId: firstDelta.turnId });
      expect(interrupted[0]!.content.length).toBeGreaterThan(0);
    } finally {
      t.services.providers.llm = offlineTutor;
    }
  });
});
