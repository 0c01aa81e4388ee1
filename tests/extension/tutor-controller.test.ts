import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationSocket } from '../../extension/lib/conversation-socket';
import type { Speaker } from '../../extension/lib/speaker';
import { createTutorController } from '../../extension/lib/tutor-controller';
import { createConversationStore } from '../../extension/stores/conversation-store';
import type { SessionView } from '../../shared/api';
import { FakeSocket, readyEvent } from './fake-socket';

const session: SessionView = {
  id: 's1',
  userId: 'u',
  pageUrl: 'http://example.test/a',
  pageTitle: 'Bees in cities',
  topic: 'Bees in cities',
  keyTerms: ['bees', 'cities'],
  startedAt: new Date().toISOString(),
  endedAt: null,
  durationSec: null,
};

function setUp() {
  FakeSocket.instances = [];
  const store = createConversationStore();
  const speaker: Speaker = { speakText: vi.fn(), playAudio: vi.fn(), cancel: vi.fn() };
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

  it('speaks the finished reply with the browser voice when TTS is offline', async () => {
    const { speaker, socket } = await connected();
    socket.receive({ type: 'reply.done', messageId: 'a1', text: 'Bees are great.', turnId: 't1', seq: 3 });
    expect(speaker.speakText).toHaveBeenCalledWith('Bees are great.');
  });

  it('plays server audio with its alignment instead of speaking again', async () => {
    const { speaker, socket } = await connected();
    socket.receive({
      type: 'audio',
      turnId: 't1',
      data: 'AAAA',
      mimeType: 'audio/mpeg',
      text: 'Hi',
      alignment: { chars: ['H', 'i'], startsMs: [0, 80], endsMs: [80, 160] },
    });
    socket.receive({ type: 'reply.done', messageId: 'a1', text: 'Hi', turnId: 't1', seq: 3 });
    expect(speaker.playAudio).toHaveBeenCalledWith('data:audio/mpeg;base64,AAAA', { chars: ['H', 'i'], startsMs: [0, 80], endsMs: [80, 160] }, 'Hi');
    expect(speaker.speakText).not.toHaveBeenCalled();
  });

  it('ends the session and closes the socket when the panel closes', async () => {
    const { controller, api, socket, store } = await connected();
    controller.dispose();
    expect(socket.closed).toBe(true);
    expect(api.endSession).toHaveBeenCalledWith('s1');
    expect(store.getState().status).toBe('closed');
  });
});
