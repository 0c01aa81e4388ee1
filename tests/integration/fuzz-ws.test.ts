// Fuzzes the conversation socket over a real connection: random and mutated JSON, invalid JSON,
// huge strings, binary where JSON is expected, audio frames out of order (end before start, frames
// without start, start twice, recordings past the size limit; the same for streamed turns, with
// cancel in between) and text turns interleaved. Each
// message is followed by a ping, so the events before its pong are that message's answer: every
// bad message gets exactly one `error` event, good ones none. The socket is never closed by the
// server, a valid turn afterwards completes, and /healthz answers at the end.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { ClientMessage, MAX_AUDIO_BYTES, MAX_TURN_CHARS, STREAM_SAMPLE_RATE, type ServerEvent } from '../../shared/ws';
import { sinePcm16, wavFile } from '../fakes/audio';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';

const RUNS = 140;
const MIN_CASES = 1000;

type Step = { kind: 'text'; data: string } | { kind: 'binary'; data: Uint8Array };
/** What the server must answer a step with: one error, none, or either (a recording it may refuse). */
type Expected = 'error' | 'none' | 'error-or-none';

interface ConnectionModel {
  authenticated: boolean;
  /** Bytes of the recording between turn.audio.start and turn.audio.end, or null outside one. */
  uploadBytes: number | null;
  /** Bytes of PCM between turn.stream.start and turn.stream.end, or null outside one. */
  streamBytes: number | null;
  /** The server's MAX_AUDIO_SEC. */
  maxAudioSec: number;
}

/** The contract of shared/ws.ts and server/ws/connection.ts, as a test oracle. */
function expectedAnswer(step: Step, model: ConnectionModel): Expected {
  if (step.kind === 'binary') {
    if (!model.authenticated) return 'error';
    if (model.streamBytes !== null) {
      if (model.streamBytes + step.data.length > MAX_AUDIO_BYTES) {
        model.streamBytes = null;
        return 'error';
      }
      model.streamBytes += step.data.length;
      return 'none';
    }
    if (model.uploadBytes === null) return 'error';
    if (model.uploadBytes + step.data.length > MAX_AUDIO_BYTES) {
      model.uploadBytes = null;
      return 'error';
    }
    model.uploadBytes += step.data.length;
    return 'none';
  }
  let json: unknown;
  try {
    json = JSON.parse(step.data);
  } catch {
    return 'error';
  }
  const parsed = ClientMessage.safeParse(json);
  if (!parsed.success) return 'error';
  const message = parsed.data;
  if (message.type === 'ping') return 'none';
  if (!model.authenticated) return 'error';
  switch (message.type) {
    case 'auth':
    case 'resume':
      return 'error'; // already authenticated; no such turn
    case 'turn.cancel':
      model.streamBytes = null; // drops a streamed turn, not a recording
      return 'none';
    case 'turn.stream.start':
      model.uploadBytes = null;
      model.streamBytes = 0;
      return 'none';
    case 'turn.stream.end': {
      const bytes = model.streamBytes;
      model.streamBytes = null;
      if (bytes === null || bytes === 0) return 'error';
      // Offline, the turn then fails transcription inside the turn (an error of that turn, not here).
      return Math.ceil(bytes / (STREAM_SAMPLE_RATE * 2)) > model.maxAudioSec ? 'error' : 'none';
    }
    case 'turn.stream.pause':
      return 'none'; // a hint, answered by nothing, with or without a stream
    case 'turn.audio.start':
      model.streamBytes = null;
      model.uploadBytes = 0;
      return 'none';
    case 'turn.audio.end': {
      const bytes = model.uploadBytes;
      model.uploadBytes = null;
      if (bytes === null || bytes === 0) return 'error';
      return 'error-or-none'; // a recording too long for MAX_AUDIO_SEC is refused
    }
    case 'turn.text': {
      const text = message.text.trim();
      // A NUL character or half a surrogate pair cannot be stored, so the turn is refused.
      const storable = !text.includes('\u0000') && Buffer.from(text, 'utf8').toString('utf8') === text;
      if (text.length === 0 || text.length > MAX_TURN_CHARS || !storable) return 'error';
      return 'none';
    }
  }
}

const SENTENCES = ['I think robots help farmers.', 'Yesterday I go to the farm.', 'Why rice need so much water?', 'ok', '안녕하세요, I am Min-ji.'];
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 42, true, [], {}, '', ' \n\t ', '\u0000', '\ud800', 'x'.repeat(MAX_TURN_CHARS + 1), 'y'.repeat(300_000), '<b>hi</b>'),
  fc.string({ unit: 'binary', maxLength: 50 }),
);
const validMessage = fc.oneof(
  fc.record({ type: fc.constant('turn.text'), text: fc.constantFrom(...SENTENCES), clientTurnId: fc.option(fc.string({ maxLength: 70 }), { nil: undefined }) }),
  fc.record({ type: fc.constant('turn.audio.start'), mimeType: fc.constantFrom('audio/wav', 'audio/webm;codecs=opus', 'audio/ogg') }),
  fc.constant({ type: 'turn.audio.end' }),
  fc.record({ type: fc.constant('turn.stream.start'), format: fc.constant('pcm16le-16k-mono'), clientTurnId: fc.option(fc.string({ maxLength: 70 }), { nil: undefined }) }),
  fc.constant({ type: 'turn.stream.end' }),
  fc.constant({ type: 'turn.stream.pause' }),
  fc.constant({ type: 'turn.cancel' }),
  fc.record({ type: fc.constant('resume'), turnId: fc.string({ minLength: 1, maxLength: 64 }), afterSeq: fc.integer({ min: -1, max: 50 }) }),
  fc.record({ type: fc.constant('auth'), token: fc.constant('vea_not_a_token') }),
  fc.constant({ type: 'ping' }),
);
/** A valid message with a field dropped, retyped, made huge or nasty, or junk added. */
const mutatedMessage = fc.tuple(validMessage, fc.nat(), wrongValue, fc.constantFrom('drop', 'retype', 'junk', 'type')).map(([message, pick, value, how]) => {
  const copy: Record<string, unknown> = { ...message };
  const keys = Object.keys(copy);
  const key = keys[pick % keys.length]!;
  if (how === 'drop') delete copy[key];
  if (how === 'retype') copy[key] = value;
  if (how === 'junk') copy[`extra${pick % 3}`] = value;
  if (how === 'type') copy.type = value;
  return copy;
});
const textFrame = fc.oneof(
  { weight: 4, arbitrary: validMessage.map((m) => JSON.stringify(m)) },
  { weight: 5, arbitrary: mutatedMessage.map((m) => JSON.stringify(m)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '{', '{"type":', '{"type":"turn.text","text":', 'null', '[]', '"turn.text"', '{"type":"turn.text","text":"a"}}', '\u0000', `{"type":"turn.text","text":"${'z'.repeat(1_200_000)}"}`, '['.repeat(50_000)),
  },
);
const binaryFrame = fc.oneof(
  { weight: 6, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 4096 }) },
  { weight: 2, arbitrary: fc.constant(wavFile(sinePcm16(0.25, 16_000), 16_000)) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1).map((extra) => new Uint8Array(MAX_AUDIO_BYTES / 2 + extra)) },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 7, arbitrary: textFrame.map((data) => ({ kind: 'text' as const, data })) },
  { weight: 3, arbitrary: binaryFrame.map((data) => ({ kind: 'binary' as const, data })) },
  // Binary frames that carry JSON, as a confused client sends them.
  { weight: 1, arbitrary: validMessage.map((m) => ({ kind: 'binary' as const, data: Buffer.from(JSON.stringify(m)) })) },
);
const run = fc.record({
  beforeAuth: fc.array(step.filter((s) => s.kind === 'binary' || !/"type":"auth"/.test(s.data)), { maxLength: 3 }),
  afterAuth: fc.array(step, { minLength: 3, maxLength: 14 }),
});

const unscoped = (e: ServerEvent) => !('turnId' in e && e.turnId);

/** The first event from `from` on that matches, within 10 s. */
async function eventually<E extends ServerEvent>(socket: TestSocket, match: (e: ServerEvent) => e is E, from: number): Promise<E>;
async function eventually(socket: TestSocket, match: (e: ServerEvent) => boolean, from: number): Promise<ServerEvent>;
async function eventually(socket: TestSocket, match: (e: ServerEvent) => boolean, from: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = socket.events.slice(from).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out; got ${socket.events.slice(from).map((e) => e.type).join(',')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('WebSocket fuzz', () => {
  let t: TestApp;
  let server: RunningServer;
  let token: string;
  let sessionId: string;
  let cases = 0;
  let runs = 0;

  beforeAll(async () => {
    // Rate limits off: the fuzz sends far more turns a minute than a learner may.
    t = await createTestApp(testDatabases[0]!, { TURNS_PER_MINUTE: '0', AUDIO_SEC_PER_DAY: '0' });
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    ({ token } = await t.register());
    const session = await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://news.example/rice', pageTitle: 'Rice', articleText: 'Robots plant rice.' } });
    sessionId = (await session.json()).id;
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const open = () => TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${sessionId}`);

  /** Sends one step and a ping; returns the unscoped events (not of a turn) answered before the pong. */
  async function exchange(socket: TestSocket, message: Step) {
    const from = socket.events.length;
    if (message.kind === 'text') socket.send(message.data);
    else socket.ws.send(message.data, { binary: true });
    socket.send({ type: 'ping' });
    const pong = await socket.waitFor('pong', from);
    return socket.events.slice(from, socket.events.indexOf(pong, from)).filter(unscoped);
  }

  async function check(steps: { beforeAuth: Step[]; afterAuth: Step[] }) {
    runs++;
    const socket = await open();
    const model: ConnectionModel = { authenticated: false, uploadBytes: null, streamBytes: null, maxAudioSec: t.services.config.MAX_AUDIO_SEC };
    try {
      const sequence = [...steps.beforeAuth, null, ...steps.afterAuth];
      for (const message of sequence) {
        if (message === null) {
          socket.send({ type: 'auth', token });
          await socket.waitFor('ready');
          model.authenticated = true;
          continue;
        }
        cases++;
        const expected = expectedAnswer(message, model);
        const answered = await exchange(socket, message);
        const errors = answered.filter((e) => e.type === 'error');
        const describe = `${message.kind} ${message.kind === 'text' ? message.data.slice(0, 120) : `${message.data.length} bytes`} -> ${JSON.stringify(answered).slice(0, 300)}`;
        if (expected === 'error') expect(errors.length, describe).toBe(1);
        if (expected === 'none') expect(errors.length, describe).toBe(0);
        if (expected === 'error-or-none') expect(errors.length, describe).toBeLessThanOrEqual(1);
        expect(errors.filter((e) => e.type === 'error' && e.code === 'internal').length, describe).toBe(0);
        expect(socket.closeCode, describe).toBeNull();
      }
      // A valid turn afterwards still completes, after any turn the fuzz started.
      const from = socket.events.length;
      const clientTurnId = `final-${runs}`;
      socket.send({ type: 'turn.text', text: 'I would like to try the robot tractor.', clientTurnId });
      const ack = await eventually(socket, (e): e is Extract<ServerEvent, { type: 'ack' }> => e.type === 'ack' && e.clientTurnId === clientTurnId, from);
      await eventually(socket, (e) => e.type === 'turn.done' && e.turnId === ack.turnId, from);
      expect(socket.events.some((e) => e.type === 'reply.done' && e.turnId === ack.turnId)).toBe(true);
      expect(socket.events.filter((e) => e.type === 'error' && e.code === 'internal')).toHaveLength(0);
      expect(socket.closeCode).toBeNull();
    } finally {
      socket.close();
    }
  }

  it(`answers every bad message of ${RUNS} random conversations with an error and keeps the socket open`, async () => {
    await fc.assert(fc.asyncProperty(run, check), { numRuns: RUNS });
    expect(cases).toBeGreaterThanOrEqual(MIN_CASES);
    console.info(`WebSocket fuzz: ${cases} messages in ${runs} conversations`);
  }, 180_000);

  // Found by the fuzz: such a turn interrupted the reply in flight, then failed with `internal`.
  it('refuses a turn with NUL or half an emoji up front, storing nothing', async () => {
    const socket = await open();
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    const before = await t.services.db.prisma.conversation.count({ where: { sessionId } });
    for (const text of ['I like\u0000 rice', 'Rice is great \ud83c']) {
      const from = socket.events.length;
      socket.send({ type: 'turn.text', text });
      expect(await socket.waitFor('error', from)).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('cannot be stored') });
    }
    expect(socket.events.some((e) => e.type === 'ack')).toBe(false);
    expect(await t.services.db.prisma.conversation.count({ where: { sessionId } })).toBe(before);
    socket.close();
  });

  it('survives a text frame of invalid UTF-8, which the WebSocket protocol closes with 1007', async () => {
    const socket = await open();
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    socket.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await socket.waitForClose()).toBe(1007);
    const again = await open();
    again.send({ type: 'auth', token });
    await again.waitFor('ready');
    again.send({ type: 'turn.text', text: 'Robots are fun.' });
    await again.waitFor('turn.done');
    again.close();
  });

  it('still answers /healthz and serves a new conversation after the fuzz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const socket = await open();
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    socket.send({ type: 'turn.text', text: 'I enjoyed the article about rice.' });
    await socket.waitFor('reply.done');
    socket.close();
    const stored = await t.services.db.prisma.conversation.count({ where: { sessionId, role: 'user', content: 'I would like to try the robot tractor.' } });
    expect(stored).toBe(runs);
  });
});
