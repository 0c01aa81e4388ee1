// The streamed spoken turn over a real socket against the vendor fakes: PCM frames while the
// learner speaks, live captions (transcript.delta) before the ack, then the turn goes on as a
// recorded one, the audio stored as WAV. The streaming vendor failing (error event, socket
// dropped, no commit) falls back to the batch transcription of the kept audio with a notice; both
// failing ends as today's offline case, the recording kept. Cancel closes the vendor socket.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readWavLayout } from '../../server/media/riff-wav';
import type { ServerEvent } from '../../shared/ws';
import { testDatabases } from '../support/databases';
import { BATCH, FRAMES, harness, PCM, SCRIBE, speak, STREAMED, turnEvents, type TurnEvent } from '../support/streamed-turns';

describe.each(testDatabases)('streamed spoken turn on $name (Scribe Realtime fake)', (database) => {
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    h = await harness({}, database);
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.fakes.elevenlabs.setKnobs({ fault: null, realtimeTranscript: STREAMED });
    h.fakes.openai.setKnobs({ fault: null, transcript: BATCH });
  });

  async function storedUserMessage(sessionId: string, turnId: string) {
    return h.t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, turnId, role: 'user' } });
  }

  async function expectRecordingStored(audioUrl: string | null) {
    expect(audioUrl).toMatch(/^\/media\/.+\.wav$/);
    const res = await h.t.request('GET', audioUrl!, { token: h.token });
    expect(res.status).toBe(200);
    const wav = new Uint8Array(await res.arrayBuffer());
    const layout = readWavLayout(wav)!;
    expect(layout.format).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 });
    expect(Buffer.from(wav.subarray(layout.dataOffset!)).equals(PCM)).toBe(true);
  }

  it('says it takes streamed turns, shows live captions before the ack, and answers the committed transcript', async () => {
    const { sessionId, socket, ready } = await h.open();
    expect(ready.streaming).toBe(true);
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from);
    const after = socket.events.slice(from);
    const captions = after.filter((e) => e.type === 'transcript.delta') as Extract<ServerEvent, { type: 'transcript.delta' }>[];
    expect(captions.length).toBeGreaterThan(1);
    expect(captions.every((c) => c.clientTurnId === 'spoken-1')).toBe(true);
    // Each caption is the whole interim so far, growing word by word.
    expect(STREAMED.startsWith(captions[0]!.text.replace(/\.$/, ''))).toBe(true);
    expect(captions.at(-1)!.text.split(' ').length).toBeGreaterThan(captions[0]!.text.split(' ').length);
    const ackIndex = after.findIndex((e) => e.type === 'ack');
    expect(after.findIndex((e) => e.type === 'transcript.delta')).toBeLessThan(ackIndex);

    const events = turnEvents(socket, done.turnId);
    expect(events.slice(0, 2).map((e) => e.type)).toEqual(['ack', 'transcript']);
    expect(events[0]).toMatchObject({ clientTurnId: 'spoken-1' });
    expect(events[1]).toMatchObject({ text: STREAMED });
    expect(events.some((e) => e.type === 'correction' && e.correction.corrected === 'went')).toBe(true);
    expect(events.some((e) => e.type === 'audio' && e.data.length > 0)).toBe(true);
    expect(after.some((e) => e.type === 'notice' || e.type === 'error')).toBe(false);
    // The batch transcription was never needed.
    expect(h.fakes.openai.requests.some((r) => r.path.includes('transcriptions'))).toBe(false);

    const stored = await storedUserMessage(sessionId, done.turnId);
    expect(stored.content).toBe(STREAMED);
    await expectRecordingStored(stored.audioUrl);
  });

  for (const [fault, what] of [
    ['error-event', 'an error event'],
    ['cut', 'the socket dropping mid-stream'],
    ['hang', 'no committed transcript in time'],
  ] as const) {
    it(`falls back to the batch transcription of the kept audio after ${what}, with a notice, losing no words`, async () => {
      h.fakes.elevenlabs.setKnobs({ fault: { kind: fault, pathIncludes: SCRIBE } });
      const { sessionId, socket } = await h.open();
      const from = socket.events.length;
      const uploadsBefore = h.fakes.openai.requests.filter((r) => r.path.includes('transcriptions')).length;
      await speak(socket);
      const done = await socket.waitFor('turn.done', from, 15_000);
      const after = socket.events.slice(from);
      const notice = after.find((e) => e.type === 'notice') as Extract<ServerEvent, { type: 'notice' }> | undefined;
      expect(notice).toMatchObject({ capability: 'stt' });
      expect(notice!.message).toMatch(/실시간 자막/);
      expect(after.some((e) => e.type === 'error')).toBe(false);
      expect(turnEvents(socket, done.turnId).find((e) => e.type === 'transcript')).toMatchObject({ text: BATCH });
      const uploads = h.fakes.openai.requests.filter((r) => r.path.includes('transcriptions'));
      expect(uploads.length).toBe(uploadsBefore + 1);
      const form = await new Response(new Uint8Array(uploads.at(-1)!.body), { headers: { 'content-type': String(uploads.at(-1)!.headers['content-type']) } }).formData();
      expect((form.get('file') as File).name).toBe('speech.wav');
      expect((form.get('file') as File).size).toBe(44 + PCM.length);
      const stored = await storedUserMessage(sessionId, done.turnId);
      expect(stored.content).toBe(BATCH);
      await expectRecordingStored(stored.audioUrl);
    });
  }

  it('keeps the recording and says so when the streaming and the batch transcription both fail (offline)', async () => {
    h.fakes.elevenlabs.setKnobs({ fault: { kind: 'error-event', pathIncludes: SCRIBE } });
    h.fakes.openai.setKnobs({ fault: { kind: '500', pathIncludes: 'transcriptions' } });
    const { sessionId, socket } = await h.open();
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from, 15_000);
    const after = socket.events.slice(from);
    const notices = after.filter((e) => e.type === 'notice') as Extract<ServerEvent, { type: 'notice' }>[];
    expect(notices.map((n) => n.capability)).toEqual(['stt', 'stt']);
    expect(notices[1]!.message).toMatch(/음성 인식/);
    expect(after.some((e) => e.type === 'error' && e.code === 'service_unavailable')).toBe(true);
    const stored = await storedUserMessage(sessionId, done.turnId);
    await expectRecordingStored(stored.audioUrl);
  });

  it('turn.cancel during the stream drops it: no turn, the vendor socket closed', async () => {
    const { socket } = await h.open();
    const from = socket.events.length;
    const before = h.fakes.elevenlabs.requests.length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono' });
    for (const frame of FRAMES.slice(0, 5)) socket.ws.send(frame);
    const vendorSocket = async () => {
      for (;;) {
        const found = h.fakes.elevenlabs.requests.slice(before).find((r) => r.path === SCRIBE && (r.messages?.length ?? 0) > 0);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const recorded = await vendorSocket();
    socket.send({ type: 'turn.cancel' });
    for (let i = 0; i < 200 && !recorded.closed; i++) await new Promise((r) => setTimeout(r, 10));
    expect(recorded.closed).toBe(true);
    // The end that follows a cancel has no stream to end.
    socket.send({ type: 'turn.stream.end' });
    const error = await socket.waitFor('error', from);
    expect(error).toMatchObject({ code: 'bad_request' });
    expect(socket.events.slice(from).some((e) => e.type === 'ack')).toBe(false);
  });

  it('speaking while the tutor answers (barge-in) stops the reply at once, and the new turn is heard', async () => {
    h.fakes.openai.setKnobs({ perTokenMs: 30 });
    h.fakes.elevenlabs.setKnobs({ perTokenMs: 30 });
    try {
      const { sessionId, socket } = await h.open();
      const from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'Tell me about the robots.' });
      const firstDelta = await socket.waitFor('reply.delta', from);
      await speak(socket, 'barge-in');
      const interrupted = await socket.waitFor('turn.done', from);
      expect(interrupted).toMatchObject({ turnId: firstDelta.turnId, interrupted: true });
      let next = -1;
      for (let i = 0; i < 500 && next < 0; i++) {
        next = socket.events.findIndex((e) => e.type === 'ack' && e.clientTurnId === 'barge-in');
        if (next < 0) await new Promise((r) => setTimeout(r, 10));
      }
      expect(next).toBeGreaterThan(-1);
      const done = await socket.waitFor('turn.done', next);
      expect(turnEvents(socket, done.turnId).find((e) => e.type === 'transcript')).toMatchObject({ text: STREAMED });
      const first = await h.t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, turnId: firstDelta.turnId, role: 'assistant' } });
      expect(first.interrupted).toBe(true);
    } finally {
      h.fakes.openai.setKnobs({ perTokenMs: 0 });
      h.fakes.elevenlabs.setKnobs({ perTokenMs: 0 });
    }
  });

  it('refuses an empty streamed turn and frames outside a stream', async () => {
    const { socket } = await h.open();
    const from = socket.events.length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono' });
    socket.send({ type: 'turn.stream.end' });
    expect(await socket.waitFor('error', from)).toMatchObject({ code: 'validation_failed' });
    const next = socket.events.length;
    socket.ws.send(FRAMES[0]!);
    expect(await socket.waitFor('error', next)).toMatchObject({ code: 'bad_request' });
  });
});

describe('streamed spoken turn with OpenAI Realtime transcription (fake)', () => {
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    h = await harness({ STREAMING_STT: 'openai' });
  });
  afterAll(() => h.close());

  it('transcribes the streamed turn over the realtime socket, captions included', async () => {
    h.fakes.openai.setKnobs({ realtimeTranscript: STREAMED, transcript: BATCH });
    const { sessionId, socket, ready } = await h.open();
    expect(ready.streaming).toBe(true);
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from);
    expect(socket.events.slice(from).some((e) => e.type === 'transcript.delta')).toBe(true);
    expect(turnEvents(socket, done.turnId).find((e) => e.type === 'transcript')).toMatchObject({ text: STREAMED });
    expect(h.fakes.elevenlabs.requests.some((r) => r.path === SCRIBE)).toBe(false);
    const stored = await h.t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, turnId: done.turnId, role: 'user' } });
    expect(stored.content).toBe(STREAMED);
  });

  it('falls back to the batch transcription when the realtime socket drops', async () => {
    h.fakes.openai.setKnobs({ realtimeTranscript: STREAMED, transcript: BATCH, fault: { kind: 'cut', pathIncludes: '/v1/realtime' } });
    const { socket } = await h.open();
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from, 15_000);
    expect(socket.events.slice(from).some((e) => e.type === 'notice' && e.capability === 'stt')).toBe(true);
    expect(turnEvents(socket, done.turnId).find((e) => e.type === 'transcript')).toMatchObject({ text: BATCH });
  });
});

describe('streamed spoken turn without a streaming vendor (STREAMING_STT=off)', () => {
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    h = await harness({ STREAMING_STT: 'off' });
  });
  afterAll(() => h.close());

  it('says so in ready, and still transcribes a streamed turn whole with the batch transcription', async () => {
    h.fakes.openai.setKnobs({ transcript: BATCH });
    const { socket, ready } = await h.open();
    expect(ready.streaming).toBe(false);
    const from = socket.events.length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from);
    expect(turnEvents(socket, done.turnId).find((e) => e.type === 'transcript')).toMatchObject({ text: BATCH });
    expect(socket.events.slice(from).some((e) => e.type === 'notice')).toBe(false);
  });
});

describe("the streamed turn's voice over ElevenLabs input streaming", () => {
  let h: Awaited<ReturnType<typeof harness>>;
  const STREAM_INPUT = 'multi-stream-input';
  const REPLY = 'That sounds like a fun trip to the farm, and robots are everywhere there now. Which robot did you like?';
  const streamSockets = () => h.fakes.elevenlabs.requests.filter((r) => r.path.includes(STREAM_INPUT));
  const httpVoice = () => h.fakes.elevenlabs.requests.filter((r) => r.path.includes('/with-timestamps'));
  /** Per spoken piece: every word of it heard in order (a word cut off half-way may be heard again whole). */
  const missingWords = (events: TurnEvent[]) => {
    const audio = events.filter((e): e is Extract<TurnEvent, { type: 'audio' }> => e.type === 'audio');
    const missing: string[] = [];
    for (const piece of new Set(audio.map((e) => e.text))) {
      const heard = audio.filter((e) => e.text === piece).flatMap((e) => e.alignment?.characters ?? []).join('');
      let at = 0;
      for (const word of piece.split(/\s+/)) {
        const found = heard.indexOf(word, at);
        if (found < 0) missing.push(word);
        else at = found + word.length;
      }
    }
    return missing;
  };
  const piecesSpoken = (events: TurnEvent[]) => [...new Set(events.flatMap((e) => (e.type === 'audio' ? [e.text] : [])))].join(' ');
  beforeAll(async () => {
    h = await harness({});
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.fakes.elevenlabs.setKnobs({ fault: null, realtimeTranscript: STREAMED, perTokenMs: 0 });
    h.fakes.openai.setKnobs({ fault: null, replyText: REPLY, perTokenMs: 0 });
  });

  it('opens the socket when the learner starts speaking and speaks the whole reply over it, first clause alone', async () => {
    const { socket } = await h.open();
    const from = socket.events.length;
    const socketsBefore = streamSockets().length;
    const httpBefore = httpVoice().length;
    socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono' });
    // Open before the learner has finished: its handshake is not on the reply's path.
    await expect.poll(() => streamSockets().length).toBe(socketsBefore + 1);
    for (const frame of FRAMES) socket.ws.send(frame);
    socket.send({ type: 'turn.stream.end' });
    const done = await socket.waitFor('turn.done', from);
    const events = turnEvents(socket, done.turnId);
    expect(socket.events.slice(from).some((e) => e.type === 'notice' || e.type === 'error')).toBe(false);
    const pieces = [...new Set(events.flatMap((e) => (e.type === 'audio' ? [e.text] : [])))];
    expect(pieces[0]).toBe('That sounds like a fun trip to the farm,');
    expect(piecesSpoken(events)).toBe(REPLY);
    expect(missingWords(events)).toEqual([]);
    expect(httpVoice().length).toBe(httpBefore);
    const messages = streamSockets().at(-1)!.messages!;
    expect(messages.filter((m) => m.flush === true)).toHaveLength(pieces.length);
  });

  it('the socket dropping mid-reply: a notice, and the HTTP voice speaks the words not yet heard', async () => {
    h.fakes.elevenlabs.setKnobs({ fault: { kind: 'cut', pathIncludes: STREAM_INPUT } });
    const { sessionId, socket } = await h.open();
    const from = socket.events.length;
    const httpBefore = httpVoice().length;
    await speak(socket);
    const done = await socket.waitFor('turn.done', from);
    const events = turnEvents(socket, done.turnId);
    expect(socket.events.slice(from).filter((e) => e.type === 'notice' && e.capability === 'tts')).toHaveLength(1);
    expect(piecesSpoken(events)).toBe(REPLY);
    expect(missingWords(events)).toEqual([]);
    expect(httpVoice().length).toBeGreaterThan(httpBefore);
    const stored = await h.t.services.db.prisma.conversation.findFirstOrThrow({ where: { sessionId, turnId: done.turnId, role: 'assistant' } });
    expect(stored.content).toBe(REPLY);
  });

  it('barge-in (the learner speaks again) closes the context of the reply in flight', async () => {
    h.fakes.elevenlabs.setKnobs({ perTokenMs: 200 });
    const { socket } = await h.open();
    const from = socket.events.length;
    await speak(socket, 'first');
    await socket.waitFor('audio', from);
    const first = streamSockets().at(-1)!;
    await speak(socket, 'second');
    await expect.poll(() => first.messages!.some((m) => m.close_context === true)).toBe(true);
    await expect.poll(() => first.closed).toBe(true);
    const interrupted = socket.events.slice(from).find((e) => e.type === 'turn.done');
    expect(interrupted).toMatchObject({ interrupted: true });
  });
});
