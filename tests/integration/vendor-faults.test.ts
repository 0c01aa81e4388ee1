// Ten learners talk at once, five turns each, text and speech mixed, while the vendor fakes fail
// in every way vendors do (500, 429 with retry-after, hangs past the timeout, streams cut half-way,
// malformed JSON), a different mix each round. Every turn ends (turn.done, with a reply or a
// clear notice or error), none hangs, and every learner message is stored: none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import type { ServerEvent } from '../../shared/ws';
import { sinePcm16, wavFile } from '../fakes/audio';
import type { Fault, FaultKind } from '../fakes/harness';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';
import { TestSocket } from '../support/ws-client';

const SESSIONS = 10;
const TURNS = 5;
const PROVIDER_TIMEOUT_MS = 600;
/** Three attempts past the timeout, their backoff, and the offline answer, with room to spare. */
const TURN_DEADLINE_MS = 20_000;
const RECORDING = wavFile(sinePcm16(0.5, 16_000), 16_000);
const SPOKEN = 'I read that robots plant rice in the flooded fields.';
const typed = (session: number, turn: number) => `Session ${session} turn ${turn}: I think farmers like the robots.`;

/**
 * One fault per fake and round; `times` and `afterRequests` let some calls of the round through.
 * D-ID never hangs here: its timeout covers a whole render (minutes), and renders run after the turn.
 */
const ROUNDS: { openai: Fault; elevenlabs: Fault; did: Fault }[] = [
  { openai: { kind: '500', pathIncludes: 'chat/completions', times: 12 }, elevenlabs: { kind: '429', retryAfterSec: 1, times: 10 }, did: { kind: 'cut', times: 5 } },
  { openai: { kind: 'hang', pathIncludes: 'transcriptions', times: 4 }, elevenlabs: { kind: 'cut', afterRequests: 3 }, did: { kind: '500' } },
  { openai: { kind: 'cut', pathIncludes: 'chat/completions', afterRequests: 2, times: 8 }, elevenlabs: { kind: 'malformed', times: 12 }, did: { kind: '429', retryAfterSec: 30 } },
  { openai: { kind: 'malformed', afterRequests: 1 }, elevenlabs: { kind: 'hang', times: 4 }, did: { kind: 'malformed' } },
  { openai: { kind: '429', retryAfterSec: 30, pathIncludes: 'transcriptions' }, elevenlabs: { kind: '500', afterRequests: 5 }, did: { kind: 'cut' } },
];

type TurnEvent = ServerEvent & { turnId: string; seq: number };

describe('vendor faults during a multi-session run', () => {
  let fakes: Fakes;
  let t: TestApp;
  let server: RunningServer;

  beforeAll(async () => {
    fakes = await startFakes();
    t = await createTestApp(testDatabases[0]!, {
      ...fakes.env,
      PROVIDER_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
      TURNS_PER_MINUTE: '0',
      AUDIO_SEC_PER_DAY: '0',
    });
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await fakes.close();
    await t.services.jobs.idle();
    await server.close();
    await t.close();
  });

  async function openLearner(index: number) {
    const { token } = await t.register();
    const res = await t.request('POST', '/api/conversations/sessions', {
      token,
      body: { pageUrl: `https://news.example/rice/${index}`, pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
    });
    const sessionId = (await res.json()).id as string;
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${sessionId}`);
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready', 0, TURN_DEADLINE_MS);
    return { sessionId, socket };
  }

  /** Sends one turn and resolves with its events once turn.done arrives; fails past the deadline. */
  async function takeTurn(socket: TestSocket, clientTurnId: string, input: { text: string } | { audio: Uint8Array }) {
    const from = socket.events.length;
    if ('text' in input) {
      socket.send({ type: 'turn.text', text: input.text, clientTurnId });
    } else {
      socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav', clientTurnId });
      for (let i = 0; i < input.audio.length; i += 4096) socket.ws.send(input.audio.subarray(i, i + 4096));
      socket.send({ type: 'turn.audio.end' });
    }
    const deadline = Date.now() + TURN_DEADLINE_MS;
    for (;;) {
      const ack = socket.events.slice(from).find((e) => e.type === 'ack' && e.clientTurnId === clientTurnId) as TurnEvent | undefined;
      const events = ack ? (socket.events.filter((e) => 'turnId' in e && e.turnId === ack.turnId) as TurnEvent[]) : [];
      if (events.some((e) => e.type === 'turn.done')) return { events, unscoped: socket.events.slice(from).filter((e) => !('turnId' in e && e.turnId)) };
      if (Date.now() > deadline) throw new Error(`turn ${clientTurnId} did not end in ${TURN_DEADLINE_MS} ms: ${socket.events.slice(from).map((e) => e.type).join(',')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it(`${SESSIONS} sessions x ${TURNS} turns: every turn ends with a reply or a clear notice, every message is stored`, async () => {
    const learners = await Promise.all(Array.from({ length: SESSIONS }, (_, i) => openLearner(i)));
    const sent: { sessionId: string; kind: 'text' | 'audio'; text: string; turnId: string }[] = [];
    const outcomes = { replied: 0, noticed: 0, errored: 0 };
    const replyIds: string[] = [];

    for (let round = 0; round < TURNS; round++) {
      const faults = ROUNDS[round % ROUNDS.length]!;
      fakes.openai.setKnobs({ fault: faults.openai, transcript: SPOKEN });
      fakes.elevenlabs.setKnobs({ fault: faults.elevenlabs });
      fakes.did.setKnobs({ fault: faults.did });
      await Promise.all(
        learners.map(async ({ sessionId, socket }, index) => {
          const kind = (index + round) % 2 === 0 ? 'text' : 'audio';
          const text = typed(index, round);
          const { events, unscoped } = await takeTurn(socket, `s${index}-t${round}`, kind === 'text' ? { text } : { audio: RECORDING });
          sent.push({ sessionId, kind, text, turnId: events[0]!.turnId });
          const types = events.map((e) => e.type);
          const context = `round ${round} session ${index} (${kind}): ${types.join(',')}`;
          expect(types[0], context).toBe('ack');
          // Only the video render (or its notice) may follow turn.done.
          const afterDone = events.slice(types.indexOf('turn.done') + 1);
          expect(afterDone.every((e) => e.type === 'avatar.video' || (e.type === 'notice' && e.capability === 'avatar')), context).toBe(true);
          expect(events.map((e) => e.seq), context).toEqual(events.map((_, i) => i));
          // A reply, or words the learner can read about why there is none.
          const replied = types.includes('reply.done');
          const errors = events.filter((e): e is Extract<TurnEvent, { type: 'error' }> => e.type === 'error');
          expect(replied || errors.length > 0, context).toBe(true);
          for (const error of errors) expect(error.message.length, context).toBeGreaterThan(20);
          if (!replied) expect(errors.some((e) => /saved/i.test(e.message)), context).toBe(true);
          // Nothing failed outside a turn (that would be the server's own failure).
          expect(unscoped.filter((e) => e.type === 'error'), context).toEqual([]);
          for (const e of events) if (e.type === 'reply.done') replyIds.push(e.messageId);
          outcomes.replied += replied ? 1 : 0;
          outcomes.noticed += types.includes('notice') ? 1 : 0;
          outcomes.errored += errors.length > 0 ? 1 : 0;
        }),
      );
    }

    // Every learner message is stored: typed ones with their words, spoken ones with their audio.
    const stored = await t.services.db.prisma.conversation.findMany({
      where: { sessionId: { in: learners.map((l) => l.sessionId) }, role: 'user' },
    });
    // A message is stored under the turn id its ack gave: typed ones with their words, spoken
    // ones with their recording (whatever the transcript became while the vendors failed).
    const lost = sent.filter(
      (message) =>
        !stored.some(
          (row) =>
            row.sessionId === message.sessionId &&
            row.turnId === message.turnId &&
            (message.kind === 'text' ? row.content === message.text : row.audioUrl !== null),
        ),
    );
    expect(lost).toEqual([]);
    expect(stored).toHaveLength(SESSIONS * TURNS);
    for (const learner of learners) {
      const audioRows = stored.filter((row) => row.sessionId === learner.sessionId && row.audioUrl !== null);
      expect(audioRows).toHaveLength(sent.filter((m) => m.sessionId === learner.sessionId && m.kind === 'audio').length);
    }

    // Every reply the learners saw is stored too.
    expect(await t.services.db.prisma.conversation.count({ where: { id: { in: replyIds }, role: 'assistant' } })).toBe(replyIds.length);

    // The faults really happened, of every kind, and the learners were told.
    const injected = [fakes.openai, fakes.elevenlabs, fakes.did].flatMap((fake) => fake.requests.map((r) => r.fault)).filter((f): f is FaultKind => f !== null);
    const kinds = new Set(injected);
    expect([...kinds].sort()).toEqual(['429', '500', 'cut', 'hang', 'malformed']);
    expect(injected.length).toBeGreaterThanOrEqual(40);
    expect(outcomes.noticed).toBeGreaterThan(0);
    console.info(`vendor faults: ${sent.length} turns, ${injected.length} faults injected (${[...kinds].join(', ')}), replies ${outcomes.replied}, with notice ${outcomes.noticed}, with error ${outcomes.errored}, messages lost ${lost.length}`);

    // With the vendors healthy again, the next turn is a normal live one.
    for (const fake of [fakes.openai, fakes.elevenlabs, fakes.did]) fake.setKnobs({ fault: null });
    const { socket } = learners[0]!;
    const { events } = await takeTurn(socket, 'after-faults', { text: 'Thank you, the robots sound useful.' });
    expect(events.some((e) => e.type === 'notice' || e.type === 'error')).toBe(false);
    expect(events.find((e) => e.type === 'reply.done')).toBeTruthy();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const learner of learners) learner.socket.close();
  }, 180_000);
});
