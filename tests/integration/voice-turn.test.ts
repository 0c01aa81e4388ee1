// The streamed spoken turn against the vendors' loopback fakes, through the real SDKs: audio in,
// transcript, corrections (local and LLM), reply streamed and spoken sentence by sentence with
// alignment, the rendered video later — all stored. Faults degrade with a notice, never lose
// the learner's words, and a client that reconnects gets the rest of the turn.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import type { ServerEvent } from '../../shared/ws';
import { sinePcm16, wavFile } from '../fakes/audio';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';
import { TestSocket } from '../support/ws-client';

const RECORDING = wavFile(sinePcm16(1, 16_000), 16_000);
const SPOKEN = 'Yesterday I go to the farm and I see many robot.';
const REPLY = 'That sounds like a fun trip to the farm. Robots can plant rice in flooded fields now. Which robot did you like the most?';

describe('spoken turn with live vendors (loopback fakes)', () => {
  let fakes: Fakes;
  let t: TestApp;
  let server: RunningServer;
  let token: string;
  let userId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    fakes = await startFakes();
    t = await createTestApp(testDatabases[0]!, fakes.env);
    // Short timeouts so the hang fault resolves quickly.
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    ({ token, userId } = await t.register());
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.close();
    await t.close();
    await fakes.close();
  });
  beforeEach(() => {
    fakes.openai.setKnobs({ fault: null, transcript: SPOKEN, replyText: REPLY, corrections: [] });
    fakes.elevenlabs.setKnobs({ fault: null });
    fakes.did.setKnobs({ fault: null, outcome: 'done', renderMs: 0 });
  });

  async function openSession() {
    const session = await (
      await t.request('POST', '/api/conversations/sessions', {
        token,
        body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT },
      })
    ).json();
    const { socket, ready } = await TestSocket.conversation(server.url, session.id, token);
    sockets.push(socket);
    return { sessionId: session.id as string, socket, ready };
  }

  function speak(socket: TestSocket, audio = RECORDING) {
    socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav', clientTurnId: 'spoken-1' });
    for (let i = 0; i < audio.length; i += 8192) socket.ws.send(audio.subarray(i, i + 8192));
    socket.send({ type: 'turn.audio.end' });
  }

  const eventsOfTurn = (socket: TestSocket, turnId: string) =>
    socket.events.filter((e): e is Extract<ServerEvent, { turnId: string; seq: number }> => 'turnId' in e && e.turnId === turnId && 'seq' in e && typeof e.seq === 'number');

  it('says which capabilities are live at connection time', async () => {
    const { ready } = await openSession();
    expect(ready.capabilities).toEqual({ stt: 'live', llm: 'live', tts: 'live', avatar: 'live', pronunciation: 'live' });
  });

  it('turns a recording into transcript, corrections, spoken reply with alignment and later a video, all stored', async () => {
    fakes.openai.setKnobs({
      corrections: [{ type: 'grammar', original: 'many robot', corrected: 'many robots', explanation: "'many' 뒤에는 복수형 명사가 와요: robots.", severity: 'moderate' }],
    });
    const { sessionId, socket } = await openSession();
    const from = socket.events.length;
    speak(socket);
    const done = await socket.waitFor('turn.done', from);
    const video = await socket.waitFor('avatar.video', from);
    const events = eventsOfTurn(socket, done.turnId);
    const types = events.map((e) => e.type);

    expect(types.slice(0, 2)).toEqual(['ack', 'transcript']);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    const transcript = events[1] as Extract<ServerEvent, { type: 'transcript' }>;
    expect(transcript.text).toBe(SPOKEN);
    // Local corrections come before the first reply piece; the LLM's arrive with source 'llm'.
    const corrections = events.filter((e) => e.type === 'correction') as Extract<ServerEvent, { type: 'correction' }>[];
    expect(types.indexOf('correction')).toBeLessThan(types.indexOf('reply.delta'));
    expect(corrections.some((c) => c.correction.source === 'local' && c.correction.corrected === 'went')).toBe(true);
    expect(corrections.some((c) => c.correction.source === 'llm' || c.correction.explanation.includes('복수형'))).toBe(true);

    // Audio: real bytes, per sentence in order, with character alignment, before reply.done.
    const audio = events.filter((e) => e.type === 'audio') as Extract<ServerEvent, { type: 'audio' }>[];
    const sentenceOrder = audio.map((a) => a.sentenceIndex);
    expect(sentenceOrder).toEqual([...sentenceOrder].sort((a, b) => a - b));
    expect(new Set(sentenceOrder).size).toBe(3);
    expect(audio.filter((a) => a.final)).toHaveLength(3);
    const withSound = audio.filter((a) => a.data.length > 0);
    expect(withSound[0]!.mimeType).toBe('audio/mpeg');
    expect(Buffer.from(withSound[0]!.data, 'base64').length).toBeGreaterThan(100);
    expect(withSound[0]!.alignment!.characters.length).toBeGreaterThan(0);
    expect(types.lastIndexOf('audio')).toBeLessThan(types.indexOf('reply.done'));
    expect(types.at(-2)).toBe('turn.done');
    expect(types.at(-1)).toBe('avatar.video');

    const replyDone = events.find((e) => e.type === 'reply.done') as Extract<ServerEvent, { type: 'reply.done' }>;
    expect(replyDone.text).toBe(REPLY);
    expect(video.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.mp4$/);

    // Stored: the learner's words with their audio, the reply with its audio and video.
    const messages = await t.services.db.prisma.conversation.findMany({ where: { sessionId, turnId: done.turnId }, orderBy: { createdAt: 'asc' } });
    expect(messages[0]).toMatchObject({ role: 'user', content: SPOKEN, audioUrl: expect.stringMatching(/^\/media\//) });
    expect(messages[1]).toMatchObject({ role: 'assistant', content: REPLY, audioUrl: expect.stringMatching(/\.mp3$/), videoUrl: video.videoUrl });
    const recording = await t.request('GET', messages[0]!.audioUrl!, { token });
    expect(recording.status).toBe(200);
    expect(Buffer.from(await recording.arrayBuffer()).equals(Buffer.from(RECORDING))).toBe(true);
    const intruder = await t.register();
    expect((await t.request('GET', messages[0]!.audioUrl!, { token: intruder.token })).status).toBe(404);
    expect((await t.request('GET', messages[0]!.audioUrl!)).status).toBe(401);
  });

  it('falls back to the browser voice with a notice when the voice vendor fails, and still answers', async () => {
    fakes.elevenlabs.setKnobs({ fault: { kind: '500' } });
    const { sessionId, socket } = await openSession();
    const from = socket.events.length;
    speak(socket);
    const done = await socket.waitFor('turn.done', from);
    const events = eventsOfTurn(socket, done.turnId);
    const notice = socket.events.slice(from).find((e) => e.type === 'notice');
    expect(notice).toMatchObject({ capability: 'tts' });
    expect((notice as { message: string }).message).toMatch(/브라우저/);
    const audio = events.filter((e) => e.type === 'audio') as Extract<ServerEvent, { type: 'audio' }>[];
    expect(audio.length).toBeGreaterThan(0);
    expect(audio.every((a) => a.data === '' && a.mimeType === 'text/plain')).toBe(true);
    expect(audio[0]!.alignment!.characters.length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'reply.done')).toBe(true);
    expect(await t.services.db.prisma.conversation.count({ where: { sessionId, role: 'user', content: SPOKEN } })).toBe(1);
  });

  it('keeps the recording and says so when speech-to-text fails', async () => {
    fakes.openai.setKnobs({ fault: { kind: '500', pathIncludes: 'transcriptions' } });
    const { sessionId, socket } = await openSession();
    const from = socket.events.length;
    speak(socket);
    const done = await socket.waitFor('turn.done', from);
    const after = socket.events.slice(from);
    expect(after.some((e) => e.type === 'error' && e.code === 'service_unavailable')).toBe(true);
    expect(after.some((e) => e.type === 'notice' && e.capability === 'stt')).toBe(true);
    expect(done.turnId).toBeTruthy();
    const stored = await t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, role: 'user' } });
    expect(stored.audioUrl).toMatch(/^\/media\//);
    expect((await t.request('GET', stored.audioUrl!, { token })).status).toBe(200);
  });

  it('answers with the offline tutor and a notice when the LLM keeps failing', async () => {
    fakes.openai.setKnobs({ fault: { kind: '500', pathIncludes: 'chat/completions' } });
    const { socket } = await openSession();
    const from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'I think robots are useful for old farmers.' });
    const done = await socket.waitFor('turn.done', from);
    const reply = await socket.waitFor('reply.done', from);
    expect(reply.text.length).toBeGreaterThan(10);
    expect(socket.events.slice(from).some((e) => e.type === 'notice' && e.capability === 'llm')).toBe(true);
    expect(done.turnId).toBe(reply.turnId);
  });

  it('reports a failed video render and never retries it forever', async () => {
    fakes.did.setKnobs({ outcome: 'error' });
    const { socket } = await openSession();
    const from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'Robots are interesting.' });
    await socket.waitFor('turn.done', from);
    await t.services.jobs.idle();
    const notice = await socket.waitFor('notice', from);
    expect(notice.capability).toBe('avatar');
    expect(socket.events.slice(from).some((e) => e.type === 'avatar.video')).toBe(false);
    const creates = fakes.did.requests.filter((r) => r.method === 'POST').length;
    await new Promise((r) => setTimeout(r, 300));
    expect(fakes.did.requests.filter((r) => r.method === 'POST').length).toBe(creates);
  });

  it('a client that disconnects mid-turn reconnects and gets the rest of the turn', async () => {
    fakes.openai.setKnobs({ perTokenMs: 15 });
    const { sessionId, socket } = await openSession();
    const from = socket.events.length;
    socket.send({ type: 'turn.text', text: 'Tell me more about the robots.' });
    const firstDelta = await socket.waitFor('reply.delta', from);
    const seen = eventsOfTurn(socket, firstDelta.turnId);
    const lastSeq = seen.at(-1)!.seq;
    socket.close();

    const again = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${sessionId}`);
    sockets.push(again);
    again.send({ type: 'auth', token });
    await again.waitFor('ready');
    const wait = async () => {
      for (;;) {
        const done = (await t.services.db.prisma.turnEvent.count({ where: { turnId: firstDelta.turnId, type: 'turn.done' } })) > 0;
        if (done) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    again.send({ type: 'resume', turnId: firstDelta.turnId, afterSeq: lastSeq });
    await again.waitFor('resumed');
    await wait();
    again.send({ type: 'resume', turnId: firstDelta.turnId, afterSeq: lastSeq });
    const resumedEvents = async () => {
      for (;;) {
        const resumed = again.events.filter((e) => e.type === 'resumed');
        if (resumed.length === 2) return resumed[1]!;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const finalResume = await resumedEvents();
    expect(finalResume).toMatchObject({ complete: true });
    // Seen before the drop + replayed after = the whole turn, each sequence number once.
    const replayed = eventsOfTurn(again, firstDelta.turnId).filter((e) => e.seq > lastSeq);
    const seqs = new Set([...seen.map((e) => e.seq), ...replayed.map((e) => e.seq)]);
    const stored = await t.services.db.prisma.turnEvent.count({ where: { turnId: firstDelta.turnId } });
    expect(seqs.size).toBe(stored);
    expect(replayed.some((e) => e.type === 'reply.done')).toBe(true);
    expect(replayed.at(-1)!.type === 'turn.done' || replayed.some((e) => e.type === 'turn.done')).toBe(true);
    fakes.openai.setKnobs({ perTokenMs: 0 });
  });

  it("a client that drops during a spoken turn's reply resumes and gets the rest, audio included, in order", async () => {
    fakes.openai.setKnobs({ perTokenMs: 15 });
    fakes.elevenlabs.setKnobs({ perTokenMs: 15 });
    try {
      const { sessionId, socket } = await openSession();
      const from = socket.events.length;
      speak(socket);
      const firstDelta = await socket.waitFor('reply.delta', from);
      const seen = eventsOfTurn(socket, firstDelta.turnId);
      expect(seen.map((e) => e.type).slice(0, 2)).toEqual(['ack', 'transcript']);
      const lastSeq = seen.at(-1)!.seq;
      socket.close();

      const again = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${sessionId}`);
      sockets.push(again);
      again.send({ type: 'auth', token });
      await again.waitFor('ready');
      again.send({ type: 'resume', turnId: firstDelta.turnId, afterSeq: lastSeq });
      await again.waitFor('resumed');
      // Events after the replay arrive live on the new socket; the turn ends there.
      const done = await again.waitFor('turn.done', 0, 20_000);
      expect(done.turnId).toBe(firstDelta.turnId);

      const rest = eventsOfTurn(again, firstDelta.turnId);
      const seqs = [...seen, ...rest].map((e) => e.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i));
      const audio = rest.filter((e) => e.type === 'audio') as Extract<ServerEvent, { type: 'audio' }>[];
      expect(audio.filter((a) => a.final).map((a) => a.sentenceIndex)).toEqual([0, 1, 2]);
      expect(audio.some((a) => a.data.length > 0)).toBe(true);
      expect(rest.find((e) => e.type === 'reply.done')).toMatchObject({ text: REPLY });
      const stored = await t.services.db.prisma.conversation.findMany({ where: { sessionId, turnId: firstDelta.turnId }, orderBy: { createdAt: 'asc' } });
      expect(stored.map((m) => [m.role, m.content])).toEqual([['user', SPOKEN], ['assistant', REPLY]]);
    } finally {
      fakes.openai.setKnobs({ perTokenMs: 0 });
      fakes.elevenlabs.setKnobs({ perTokenMs: 0 });
    }
  });
});
