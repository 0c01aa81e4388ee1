import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationSocket, socketUrl, type SocketStatus } from './conversation-socket';
import type { PanelEvent } from './server-events';
import { WsCloseCode } from '../../shared/ws';
import { FakeSocket, readyEvent } from './fake-socket.test-support';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('conversation socket', () => {
  let events: PanelEvent[];
  let statuses: SocketStatus[];

  beforeEach(() => {
    FakeSocket.instances = [];
    events = [];
    statuses = [];
  });
  afterEach(() => vi.useRealTimers());

  const open = () =>
    createConversationSocket({
      url: socketUrl('http://127.0.0.1:8787/', 'abc'),
      getToken: () => 'tok',
      onEvent: (e) => events.push(e),
      onStatus: (s) => statuses.push(s),
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
      backoffMs: [10],
    });

  it('authenticates first and reports open on ready', async () => {
    open();
    const socket = FakeSocket.latest();
    expect(socket.url).toBe('ws://127.0.0.1:8787/ws/conversation/abc');
    socket.open();
    await flush();
    expect(socket.sent).toEqual([{ type: 'auth', token: 'tok' }]);
    socket.receive(readyEvent());
    expect(statuses).toEqual(['connecting', 'open']);
    expect(events[0]?.type).toBe('ready');
  });

  it('ignores unknown and malformed events instead of failing', async () => {
    open();
    const socket = FakeSocket.latest();
    socket.open();
    await flush();
    socket.receive({ type: 'something.new', x: 1 });
    socket.onmessage?.({ data: 'not json' });
    socket.receive({ type: 'pong' });
    expect(events.map((e) => e.type)).toEqual(['pong']);
  });

  it('reconnects after a drop, resends an unacknowledged turn and resumes an unfinished one', async () => {
    const client = open();
    const first = FakeSocket.latest();
    first.open();
    await flush();
    first.receive(readyEvent());
    client.sendTurn('I goed to school', 't1');
    expect(first.sent.at(-1)).toEqual({ type: 'turn.text', text: 'I goed to school', clientTurnId: 't1' });
    first.drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = FakeSocket.latest();
    expect(second).not.toBe(first);
    second.open();
    await flush();
    second.receive(readyEvent());
    expect(second.sent).toEqual([
      { type: 'auth', token: 'tok' },
      { type: 'turn.text', text: 'I goed to school', clientTurnId: 't1' },
    ]);
    second.receive({ type: 'ack', messageId: 'm1', clientTurnId: 't1', turnId: 'u1', seq: 0 });
    second.receive({ type: 'reply.delta', text: 'You went', turnId: 'u1', seq: 2 });
    second.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const third = FakeSocket.latest();
    third.open();
    await flush();
    third.receive(readyEvent());
    expect(third.sent).toEqual([
      { type: 'auth', token: 'tok' },
      { type: 'resume', turnId: 'u1', afterSeq: 2 },
    ]);
    third.receive({ type: 'turn.done', turnId: 'u1', seq: 3 });
    third.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const fourth = FakeSocket.latest();
    fourth.open();
    await flush();
    fourth.receive(readyEvent());
    expect(fourth.sent).toEqual([{ type: 'auth', token: 'tok' }]);
  });

  it('sends a turn refused as busy again after the retryAfterSec the server gave, once, until acknowledged', async () => {
    const client = open();
    const socket = FakeSocket.latest();
    socket.open();
    await flush();
    socket.receive(readyEvent());
    vi.useFakeTimers();
    client.sendTurn('I enjoyed to read it', 'b1');
    socket.receive({ type: 'error', code: 'busy', message: 'busy', retryAfterSec: 3, clientTurnId: 'b1' });
    const sentTurns = () => socket.sent.filter((m) => (m as { type?: string }).type === 'turn.text');
    vi.advanceTimersByTime(2900);
    expect(sentTurns()).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(sentTurns()).toEqual([
      { type: 'turn.text', text: 'I enjoyed to read it', clientTurnId: 'b1' },
      { type: 'turn.text', text: 'I enjoyed to read it', clientTurnId: 'b1' },
    ]);
    socket.receive({ type: 'ack', messageId: 'm1', clientTurnId: 'b1', turnId: 'u1', seq: 0 });
    vi.advanceTimersByTime(60_000);
    expect(sentTurns()).toHaveLength(2);
  });

  it('no longer keeps a turn the server refused for good, so a reconnect does not send it again', async () => {
    const client = open();
    const first = FakeSocket.latest();
    first.open();
    await flush();
    first.receive(readyEvent());
    client.sendTurn('x'.repeat(10), 'r1');
    client.sendTurn('a kept turn', 'k1');
    first.receive({ type: 'error', code: 'rate_limited', message: 'wait', retryAfterSec: 30, clientTurnId: 'r1' });
    first.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = FakeSocket.latest();
    second.open();
    await flush();
    second.receive(readyEvent());
    expect(second.sent).toEqual([
      { type: 'auth', token: 'tok' },
      { type: 'turn.text', text: 'a kept turn', clientTurnId: 'k1' },
    ]);
  });

  it('stops on an unauthorized close instead of retrying', () => {
    open();
    FakeSocket.latest().drop(WsCloseCode.unauthorized);
    expect(statuses.at(-1)).toBe('failed');
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it('queues a turn typed while connecting and sends it once ready', async () => {
    const client = open();
    client.sendTurn('hello', 't2');
    const socket = FakeSocket.latest();
    socket.open();
    await flush();
    socket.receive(readyEvent());
    expect(socket.sent.at(-1)).toEqual({ type: 'turn.text', text: 'hello', clientTurnId: 't2' });
  });

  it('streams a spoken turn as start, binary slices and end, and sends it again after a drop until acknowledged', async () => {
    const client = open();
    const first = FakeSocket.latest();
    first.open();
    await flush();
    first.receive(readyEvent());
    const slices = [new Blob(['webm-header']), new Blob(['opus-1'])];
    client.startAudioTurn('a1', 'audio/webm;codecs=opus');
    client.sendAudio('a1', slices[0]!);
    client.sendAudio('a1', slices[1]!);
    client.endAudioTurn('a1');
    client.sendAudio('a1', new Blob(['late']));
    expect(first.sent.slice(1)).toEqual([
      { type: 'turn.audio.start', mimeType: 'audio/webm;codecs=opus', clientTurnId: 'a1' },
      { binary: slices[0] },
      { binary: slices[1] },
      { type: 'turn.audio.end' },
    ]);
    first.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = FakeSocket.latest();
    second.open();
    await flush();
    second.receive(readyEvent());
    expect(second.sent.slice(1)).toEqual(first.sent.slice(1));
    second.receive({ type: 'ack', messageId: 'm1', clientTurnId: 'a1', turnId: 'u1', seq: 0 });
    second.receive({ type: 'turn.done', turnId: 'u1', seq: 9 });
    second.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const third = FakeSocket.latest();
    third.open();
    await flush();
    third.receive(readyEvent());
    expect(third.sent).toEqual([{ type: 'auth', token: 'tok' }]);
  });

  it('does not end a spoken turn in which nothing was recorded', async () => {
    const client = open();
    const socket = FakeSocket.latest();
    socket.open();
    await flush();
    socket.receive(readyEvent());
    client.startAudioTurn('a2', 'audio/webm;codecs=opus');
    client.endAudioTurn('a2');
    expect(socket.sent.slice(1)).toEqual([{ type: 'turn.audio.start', mimeType: 'audio/webm;codecs=opus', clientTurnId: 'a2' }]);
  });

  it('streams a PCM turn as turn.stream.start, binary frames and turn.stream.end, and sends it again after a drop', async () => {
    const client = open();
    const first = FakeSocket.latest();
    first.open();
    await flush();
    first.receive(readyEvent());
    const frames = [new Int16Array([1, 2]).buffer, new Int16Array([3, 4]).buffer];
    client.startStreamTurn('p1');
    client.sendPcm('p1', frames[0]!);
    client.pauseStreamTurn('p1');
    client.sendPcm('p1', frames[1]!);
    client.endStreamTurn('p1');
    client.sendPcm('p1', new Int16Array([9]).buffer);
    client.pauseStreamTurn('p1');
    expect(first.sent.slice(1)).toEqual([
      { type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId: 'p1' },
      { binary: frames[0] },
      { type: 'turn.stream.pause' },
      { binary: frames[1] },
      { type: 'turn.stream.end' },
    ]);
    first.drop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = FakeSocket.latest();
    second.open();
    await flush();
    second.receive(readyEvent());
    // The pause was a hint for that moment: the turn goes again as start, frames and end.
    expect(second.sent.slice(1)).toEqual([first.sent[1], { binary: frames[0] }, { binary: frames[1] }, { type: 'turn.stream.end' }]);
  });
});
