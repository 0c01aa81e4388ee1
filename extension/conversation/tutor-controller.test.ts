import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationSocket } from './conversation-socket';
import type { Speaker } from '../voice/speaker';
import { createTutorController } from './tutor-controller';
import { createConversationStore } from './conversation-store';
import type { SessionView } from '../../shared/api';
import { FakeSocket, readyEvent } from './fake-socket.test-support';

const session: SessionView = {
  id: 's1',
  userId: 'u',
  pageUrl: 'http://example.test/a',
  pageTitle: 'Bees in cities',
  topic: 'Bees in cities',
  keyTerms: ['bees', 'cities'],
  materialKind: 'article',
  videoId: null,
  materialAuthor: null,
  startedAt: new Date().toISOString(),
  endedAt: null,
  durationSec: null,
};

function setUp() {
  FakeSocket.instances = [];
  const store = createConversationStore();
  const speaker: Speaker = { say: vi.fn(), cancel: vi.fn() };
  const api = { createSession: vi.fn(async () => session), endSession: vi.fn(async () => ({})) };
  const controller = createTutorController({
    store,
    api,
    serverUrl: 'http://127.0.0.1:8787',
    getToken: () => 'tok',
    speaker,
    newTurnId: () => 'c1',
    openSocket: (options) => createConversationSocket({ ...options, WebSocketImpl: FakeSocket as unknown as typeof WebSocket }),
  });
  return { store, speaker, api, controller };
}

async function connected() {
  const ctx = setUp();
  await ctx.controller.start({ url: session.pageUrl, title: session.pageTitle, text: 'Bees are everywhere.' });
  const socket = FakeSocket.latest();
  socket.open();
  await new Promise((resolve) => setTimeout(resolve, 0));
  socket.receive(readyEvent());
  return { ...ctx, socket };
}

describe('tutor controller', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('starts a session about the page and connects to its socket', async () => {
    const { api, store, socket } = await connected();
    expect(api.createSession).toHaveBeenCalledWith({ pageUrl: session.pageUrl, pageTitle: 'Bees in cities', articleText: 'Bees are everywhere.' });
    expect(socket.url).toBe('ws://127.0.0.1:8787/ws/conversation/s1');
    expect(store.getState()).toMatchObject({ status: 'open', session: { keyTerms: ['bees', 'cities'] } });
  });

  it('sends a typed turn, interrupting the tutor first (barge-in)', async () => {
    const { controller, speaker, socket, store } = await connected();
    expect(controller.sendText('  I likes bees ')).toBe(true);
    expect(speaker.cancel).toHaveBeenCalled();
    expect(socket.sent.at(-1)).toEqual({ type: 'turn.text', text: 'I likes bees', clientTurnId: 'c1' });
    expect(store.getState().messages.at(-1)).toMatchObject({ role: 'user', text: 'I likes bees', pending: true });
    expect(controller.sendText('   ')).toBe(false);
  });

  it('speaks the finished reply with the browser voice when no audio came', async () => {
    const { speaker, socket } = await connected();
    socket.receive({ type: 'reply.done', messageId: 'a1', text: 'Bees are great.', turnId: 't1', seq: 3 });
    socket.receive({ type: 'turn.done', turnId: 't1', seq: 4 });
    expect(speaker.say).toHaveBeenCalledWith({ text: 'Bees are great.' });
  });

  const audio = (chunkIndex: number, final: boolean, data: string, startTimesSec: number[]) => ({
    type: 'audio',
    turnId: 't1',
    seq: 5 + chunkIndex,
    sentenceIndex: 0,
    chunkIndex,
    final,
    text: 'Hi',
    mimeType: 'audio/mpeg',
    data,
    alignment: { characters: ['H', 'i'].slice(0, startTimesSec.length), startTimesSec, endTimesSec: startTimesSec.map((s) => s + 0.08) },
  });

  it('says each sentence once its last chunk arrives, with the merged alignment, and does not speak again', async () => {
    const { speaker, socket } = await connected();
    socket.receive(audio(0, false, '', [0]));
    expect(speaker.say).not.toHaveBeenCalled();
    socket.receive(audio(1, true, '', [0]));
    socket.receive({ type: 'reply.done', messageId: 'a1', text: 'Hi', turnId: 't1', seq: 8 });
    socket.receive({ type: 'turn.done', turnId: 't1', seq: 9 });
    expect(speaker.say).toHaveBeenCalledTimes(1);
    const [utterance] = vi.mocked(speaker.say).mock.calls[0]!;
    expect(utterance.src).toBeUndefined();
    expect(utterance.alignment?.startsMs).toEqual([0, 80]);
  });

  it('interrupts the reply in flight when the learner barges in', async () => {
    const { controller, speaker, socket, store } = await connected();
    controller.sendText('Bees are scary');
    controller.bargeIn();
    expect(speaker.cancel).toHaveBeenCalled();
    expect(socket.sent.at(-1)).toEqual({ type: 'turn.cancel' });
    expect(store.getState().busy).toBe(true);
  });

  it('ends the session and closes the socket when the panel closes', async () => {
    const { controller, api, socket, store } = await connected();
    controller.dispose();
    expect(socket.closed).toBe(true);
    expect(api.endSession).toHaveBeenCalledWith('s1');
    expect(store.getState().status).toBe('closed');
  });

  it('streams a spoken turn, interrupting the tutor, and shows it as the learner\'s pending message', async () => {
    const { controller, speaker, socket, store } = await connected();
    const turn = controller.startSpokenTurn('audio/webm;codecs=opus');
    expect(speaker.cancel).toHaveBeenCalled();
    const slice = new Blob(['opus']);
    turn!.send(slice);
    turn!.end('I has visit');
    expect(socket.sent.slice(-3)).toEqual([
      { type: 'turn.audio.start', mimeType: 'audio/webm;codecs=opus', clientTurnId: 'c1' },
      { binary: slice },
      { type: 'turn.audio.end' },
    ]);
    expect(store.getState().messages.at(-1)).toMatchObject({ role: 'user', text: 'I has visit', pending: true });
    socket.receive({ type: 'ack', messageId: 'm1', clientTurnId: 'c1', turnId: 't9', seq: 0 });
    socket.receive({ type: 'transcript', messageId: 'm1', text: 'I has visited a hive.', audioUrl: '/media/x.webm', turnId: 't9', seq: 1 });
    expect(store.getState().messages.filter((m) => m.role === 'user')).toMatchObject([{ id: 'm1', text: 'I has visited a hive.', pending: false }]);
  });

  it('streams PCM frames as a streamed turn with live captions that become the pending message, then the transcript', async () => {
    const { controller, speaker, socket, store } = await connected();
    const turn = controller.startStreamedTurn();
    expect(speaker.cancel).toHaveBeenCalled();
    const frame = new Int16Array([100, -100]).buffer;
    turn!.send(frame);
    socket.receive({ type: 'transcript.delta', text: 'I has', clientTurnId: 'c1' });
    expect(store.getState().liveTranscript).toBe('I has');
    socket.receive({ type: 'transcript.delta', text: 'I has visit', clientTurnId: 'c1' });
    turn!.end();
    expect(socket.sent.slice(-3)).toEqual([
      { type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'c1' },
      { binary: frame },
      { type: 'turn.stream.end' },
    ]);
    expect(store.getState().liveTranscript).toBe('');
    expect(store.getState().messages.at(-1)).toMatchObject({ role: 'user', text: 'I has visit', pending: true });
    // A caption still in flight updates the pending message rather than showing again.
    socket.receive({ type: 'transcript.delta', text: 'I has visit a hive', clientTurnId: 'c1' });
    expect(store.getState().liveTranscript).toBe('');
    expect(store.getState().messages.at(-1)).toMatchObject({ text: 'I has visit a hive' });
    socket.receive({ type: 'ack', messageId: 'm1', clientTurnId: 'c1', turnId: 't9', seq: 0 });
    socket.receive({ type: 'transcript', messageId: 'm1', text: 'I has visited a hive.', audioUrl: null, turnId: 't9', seq: 1 });
    socket.receive({ type: 'transcript.delta', text: 'stale', clientTurnId: 'c1' });
    expect(store.getState().liveTranscript).toBe('');
    expect(store.getState().messages.filter((m) => m.role === 'user')).toMatchObject([{ id: 'm1', text: 'I has visited a hive.', pending: false }]);
  });

  it('does not play audio still arriving for a reply the learner interrupted', async () => {
    const { controller, speaker, socket } = await connected();
    socket.receive(audio(0, false, '', [0]));
    controller.startSpokenTurn('audio/webm;codecs=opus');
    socket.receive(audio(1, true, '', [0]));
    socket.receive({ type: 'reply.done', messageId: 'a1', text: 'Hi', turnId: 't1', seq: 8 });
    socket.receive({ type: 'turn.done', turnId: 't1', seq: 9, interrupted: true });
    expect(speaker.say).not.toHaveBeenCalled();
  });

  it('plays sentences in order even when a later one is complete first', async () => {
    const { speaker, socket } = await connected();
    const sentence = (sentenceIndex: number, text: string) => ({ ...audio(0, true, 'AAAA', [0]), sentenceIndex, text, seq: 10 + sentenceIndex });
    socket.receive(sentence(1, 'Second.'));
    expect(speaker.say).not.toHaveBeenCalled();
    socket.receive(sentence(0, 'First.'));
    expect(vi.mocked(speaker.say).mock.calls.map(([u]) => u.text)).toEqual(['First.', 'Second.']);
  });
});
