// The tutor starts before the final transcript: on the stable interim (a slow final); hands-free,
// on the words the learner paused on while the silence that ends the turn runs (discarded when
// they speak again), or with PREEMPTIVE_REPLY=off at once when the turn ends; and a reply cut off
// before its first word still ends, its words and corrections stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FRAMES, harness, speak, STREAMED, turnEvents } from '../support/streamed-turns';

type Harness = Awaited<ReturnType<typeof harness>>;
const REPLY_A = 'That sounds like a fun trip to the farm, and robots are everywhere there now. Which robot did you like?';
const REPLY_B = 'Oh, you went there today as well, so tell me more about those machines. What did they do?';

async function earlyRepliesOf(h: Harness) {
  const body = (await h.t.services.metrics.exposition()).body;
  const count = (outcome: string) => Number(new RegExp(`videoengai_early_replies_total\\{outcome="${outcome}"\\} (\\d+)`).exec(body)?.[1] ?? 0);
  return { kept: count('kept'), discarded: count('discarded') };
}
const replyRequestsOf = (h: Harness) =>
  h.fakes.openai.requests.filter((r) => r.path.endsWith('/chat/completions') && (JSON.parse(r.body.toString()) as { stream?: boolean }).stream === true);

/**
 * The server on the fakes for one describe block: the partials are complete as soon as the words
 * are spoken, the final takes a while. `use` receives the harness once it runs.
 */
function serveOnFakes(env: Record<string, string>, use: (h: Harness) => void) {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ PROVIDER_TIMEOUT_MS: '5000', ...env });
    use(h);
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.fakes.elevenlabs.setKnobs({ fault: null, realtimeTranscript: STREAMED, committedTranscript: null, partialLagMs: 0, wordsPerSecond: 20, commitMs: 900 });
    h.fakes.openai.setKnobs({ fault: null, replyText: REPLY_A, perTokenMs: 0 });
  });
}

describe('the tutor starts on the stable interim transcript (slow final)', () => {
  let h: Harness;
  serveOnFakes({}, (made) => (h = made));

  const earlyReplies = () => earlyRepliesOf(h);
  const replyRequests = () => replyRequestsOf(h);

  it('keeps the reply started on the interim when the final has the same words', async () => {
    const before = await earlyReplies();
    const requestsBefore = replyRequests().length;
    const { sessionId, socket } = await h.open();
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from);
    expect(await earlyReplies()).toEqual({ kept: before.kept + 1, discarded: before.discarded });
    const requests = replyRequests().slice(requestsBefore);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body.toString()).toContain('many robot');
    const events = turnEvents(socket, done.turnId);
    expect(events.find((e) => e.type === 'transcript')).toMatchObject({ text: STREAMED });
    // Local corrections of the final text still come before the reply.
    const types = events.map((e) => e.type);
    expect(types.indexOf('correction')).toBeLessThan(types.indexOf('reply.delta'));
    expect(events.find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY_A });
    const stored = await h.t.services.db.prisma.conversation.findMany({ where: { sessionId, turnId: done.turnId }, orderBy: { createdAt: 'asc' } });
    expect(stored.map((m) => [m.role, m.content])).toEqual([['user', STREAMED], ['assistant', REPLY_A]]);
  });

  /** Streams `frames`, then says the learner paused. */
  async function speakThenPause(socket: Awaited<ReturnType<typeof h.open>>['socket'], frames: readonly Uint8Array[]) {
    for (const frame of frames) {
      socket.ws.send(frame);
      await new Promise((r) => setTimeout(r, 5));
    }
    socket.send({ type: 'turn.stream.pause' });
  }
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    return condition();
  };

  it('hands-free: the reply starts while the silence runs, before the turn ends, and the turn adopts it', async () => {
    const before = await earlyReplies();
    const requestsBefore = replyRequests().length;
    const { socket } = await h.open();
    const from = socket.events.length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'preemptive-1' });
    await speakThenPause(socket, FRAMES);
    expect(await until(() => replyRequests().length > requestsBefore)).toBe(true);
    expect(socket.events.slice(from).some((e) => e.type === 'ack')).toBe(false);
    socket.send({ type: 'turn.stream.end' });
    const done = await socket.waitFor('turn.done', from);
    expect(await earlyReplies()).toEqual({ kept: before.kept + 1, discarded: before.discarded });
    expect(replyRequests().length).toBe(requestsBefore + 1);
    expect(turnEvents(socket, done.turnId).find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY_A });
  });

  it('hands-free: speaking again after a pause discards the reply started on it; the turn answers all the words', async () => {
    // Three words a second: the first two seconds of speech are half the sentence.
    h.fakes.elevenlabs.setKnobs({ wordsPerSecond: 3 });
    const before = await earlyReplies();
    const requestsBefore = replyRequests().length;
    const { socket } = await h.open();
    const from = socket.events.length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'preemptive-2' });
    await speakThenPause(socket, FRAMES);
    expect(await until(() => replyRequests().length > requestsBefore)).toBe(true);
    expect(replyRequests().at(-1)!.body.toString()).not.toContain('many robot');
    await speakThenPause(socket, FRAMES);
    expect(await until(() => replyRequests().length > requestsBefore + 1)).toBe(true);
    socket.send({ type: 'turn.stream.end' });
    const done = await socket.waitFor('turn.done', from);
    expect(await earlyReplies()).toEqual({ kept: before.kept + 1, discarded: before.discarded + 1 });
    expect(replyRequests().at(-1)!.body.toString()).toContain('many robot');
    const events = turnEvents(socket, done.turnId);
    expect(events.find((e) => e.type === 'transcript')).toMatchObject({ text: STREAMED });
    expect(events.find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY_A });
  });

  it('a turn cut off before the tutor said a word still ends, and its words and corrections are stored', async () => {
    // The work that waits for the tutor's first words (first-words.ts) must not wait forever.
    h.fakes.openai.setKnobs({ ttfbMsByPath: { '/chat/completions': 1500 } });
    const requestsBefore = replyRequests().length;
    const { sessionId, socket } = await h.open();
    const from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'Yesterday I go to the farm.', clientTurnId: 'cut-1' });
    const ack = await socket.waitFor('ack', from);
    expect(await until(() => replyRequests().length > requestsBefore)).toBe(true);
    socket.send({ type: 'turn.cancel' });
    const done = await socket.waitFor('turn.done', from, 5000);
    expect(done).toMatchObject({ turnId: ack.turnId, interrupted: true });
    const events = turnEvents(socket, ack.turnId);
    expect(events.some((e) => e.type === 'reply.delta')).toBe(false);
    // The corrections, sent with the tutor's first words, are sent when there will be none.
    expect(events.some((e) => e.type === 'correction')).toBe(true);
    const message = await h.t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, turnId: ack.turnId, role: 'user' } });
    expect(message.content).toBe('Yesterday I go to the farm.');
    expect(await h.t.services.db.prisma.correction.count({ where: { conversationId: message.id } })).toBeGreaterThan(0);
    h.fakes.openai.setKnobs({ ttfbMsByPath: {} });
  });

  it('discards it and starts again on the final text when the words differ, showing nothing of the first', async () => {
    const REVISED = 'Yesterday I go to the farm today and I see many robot.';
    h.fakes.elevenlabs.setKnobs({ committedTranscript: REVISED });
    h.fakes.openai.setKnobs({ perTokenMs: 40 });
    const before = await earlyReplies();
    const requestsBefore = replyRequests().length;
    const { socket } = await h.open();
    const from = socket.events.length;
    const spoken = speak(socket);
    // Once the early reply is under way, the vendor would answer the next request differently.
    for (let i = 0; i < 500 && replyRequests().length === requestsBefore; i++) await new Promise((r) => setTimeout(r, 10));
    h.fakes.openai.setKnobs({ replyText: REPLY_B, perTokenMs: 0 });
    await spoken;
    const done = await socket.waitFor('turn.done', from, 15_000);
    expect(await earlyReplies()).toEqual({ kept: before.kept, discarded: before.discarded + 1 });
    const requests = replyRequests().slice(requestsBefore);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body.toString()).toContain('farm today');
    const events = turnEvents(socket, done.turnId);
    expect(events.find((e) => e.type === 'transcript')).toMatchObject({ text: REVISED });
    const deltas = events.filter((e) => e.type === 'reply.delta').map((e) => (e.type === 'reply.delta' ? e.text : '')).join('');
    expect(deltas.trim()).toBe(REPLY_B);
    expect(events.find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY_B });
  });
});

describe('hands-free with PREEMPTIVE_REPLY=off: the tutor starts when the turn ends', () => {
  let h: Harness;
  serveOnFakes({ PREEMPTIVE_REPLY: 'off' }, (made) => (h = made));
  const earlyReplies = () => earlyRepliesOf(h);
  const replyRequests = () => replyRequestsOf(h);

  it('hands-free: the words the learner paused on are checked during the silence, before the turn ends', async () => {
    const checker = h.t.services.checker;
    const checked: string[] = [];
    h.t.services.checker = { check: (text, language, context) => (checked.push(text), checker.check(text, language, context)) };
    const requestsBefore = replyRequests().length;
    try {
      const { socket } = await h.open();
      const from = socket.events.length;
      socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'ahead-1' });
      for (const frame of FRAMES) {
        socket.ws.send(frame);
        await new Promise((r) => setTimeout(r, 5));
      }
      await socket.waitFor('transcript.delta', from);
      socket.send({ type: 'turn.stream.pause' });
      for (let i = 0; i < 8; i++) {
        socket.ws.send(Buffer.alloc(3200));
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(checked).toEqual([STREAMED]);
      expect(replyRequests()).toHaveLength(requestsBefore);
      socket.send({ type: 'turn.stream.end' });
      await socket.waitFor('turn.done', from);
    } finally {
      h.t.services.checker = checker;
    }
  });

  it('hands-free: after the pause hint and the silence that ends the turn, the tutor starts at once, before a fast final', async () => {
    // The final comes 150 ms after the end: without the hint the interim would have to hold still
    // 200 ms after the end, and the final would come first.
    h.fakes.elevenlabs.setKnobs({ commitMs: 150 });
    const before = await earlyReplies();
    const { socket } = await h.open();
    const from = socket.events.length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'hands-free-1' });
    for (const frame of FRAMES) {
      socket.ws.send(frame);
      await new Promise((r) => setTimeout(r, 5));
    }
    socket.send({ type: 'turn.stream.pause' });
    // The panel's silence before it ends the turn (shortened here), with its frames.
    for (let i = 0; i < 6; i++) {
      socket.ws.send(Buffer.alloc(3200));
      await new Promise((r) => setTimeout(r, 50));
    }
    socket.send({ type: 'turn.stream.end' });
    const done = await socket.waitFor('turn.done', from);
    expect(await earlyReplies()).toEqual({ kept: before.kept + 1, discarded: before.discarded });
    expect(turnEvents(socket, done.turnId).find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY_A });
  });

});

describe('replies started before their turn ends count against their own limit a minute', () => {
  let h: Harness;
  // One turn a minute: two such replies a minute (a turn starts at most two).
  serveOnFakes({ TURNS_PER_MINUTE: '1' }, (made) => (h = made));

  it('a client that pauses and cancels stream after stream starts no more than that', async () => {
    const requestsBefore = replyRequestsOf(h).length;
    const { socket } = await h.open();
    for (let attempt = 0; attempt < 4; attempt++) {
      socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: `abuse-${attempt}` });
      for (const frame of FRAMES) socket.ws.send(frame);
      await socket.waitFor('transcript.delta', socket.events.length);
      socket.send({ type: 'turn.stream.pause' });
      await new Promise((r) => setTimeout(r, 500));
      socket.send({ type: 'turn.cancel' });
    }
    expect(replyRequestsOf(h).length - requestsBefore).toBe(2);
  });
});
