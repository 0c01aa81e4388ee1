// The conversation WebSocket: authenticates first, reconnects by itself with backoff, and resends
// any turn the server had not acknowledged when the connection dropped, so the turn resumes.
// A spoken turn is `turn.audio.start`, the recording's slices as binary frames, `turn.audio.end`;
// its slices are kept until the server acknowledges the turn, so a reconnect can send it again.
// A streamed turn is `turn.stream.start`, 16 kHz PCM16 frames as they are captured,
// `turn.stream.end`; its frames are kept the same way.
import { WsCloseCode, type AUDIO_MIME_TYPES, type ClientMessage } from '../../shared/ws';
import { parseServerEvent, type PanelEvent } from './server-events';

export type AudioMimeType = (typeof AUDIO_MIME_TYPES)[number];

type UnackedTurn =
  | { kind: 'text'; text: string }
  | { kind: 'audio'; mimeType: AudioMimeType; chunks: Blob[]; ended: boolean }
  | { kind: 'stream'; frames: ArrayBuffer[]; ended: boolean };

export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'failed';

export interface ConversationSocketOptions {
  url: string;
  getToken: () => Promise<string | null> | string | null;
  onEvent: (event: PanelEvent) => void;
  onStatus: (status: SocketStatus, reason?: string) => void;
  WebSocketImpl?: typeof WebSocket;
  backoffMs?: readonly number[];
}

export interface ConversationSocket {
  sendTurn: (text: string, clientTurnId: string) => void;
  startAudioTurn: (clientTurnId: string, mimeType: AudioMimeType) => void;
  sendAudio: (clientTurnId: string, chunk: Blob) => void;
  endAudioTurn: (clientTurnId: string) => void;
  startStreamTurn: (clientTurnId: string) => void;
  /** One frame of 16-bit little-endian PCM, mono, 16 kHz. */
  sendPcm: (clientTurnId: string, frame: ArrayBuffer) => void;
  endStreamTurn: (clientTurnId: string) => void;
  /** Stops the tutor's reply in flight (barge-in without a new turn). */
  cancelTurn: () => void;
  close: () => void;
}

const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [WsCloseCode.unauthorized, 'unauthorized'],
  [WsCloseCode.sessionNotFound, 'session_not_found'],
  [WsCloseCode.sessionEnded, 'session_ended'],
]);

export function socketUrl(serverUrl: string, sessionId: string): string {
  const base = serverUrl.replace(/\/+$/, '').replace(/^http/, 'ws');
  return `${base}/ws/conversation/${encodeURIComponent(sessionId)}`;
}

export function createConversationSocket(options: ConversationSocketOptions): ConversationSocket {
  const { url, getToken, onEvent, onStatus, WebSocketImpl = WebSocket, backoffMs = [300, 1000, 2000, 5000] } = options;
  const unacked = new Map<string, UnackedTurn>();
  /** Turns the server acknowledged but has not finished, with the last event seen of each. */
  const unfinished = new Map<string, number>();
  let socket: WebSocket | null = null;
  let ready = false;
  let closedByUs = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function send(message: ClientMessage): void {
    socket?.send(JSON.stringify(message));
  }

  function connect(): void {
    onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = new WebSocketImpl(url);
    socket = ws;
    ready = false;
    ws.onopen = async () => {
      const token = await getToken();
      if (socket !== ws) return;
      if (!token) {
        closedByUs = true;
        ws.close();
        onStatus('failed', 'unauthorized');
        return;
      }
      send({ type: 'auth', token });
    };
    ws.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      const event = parseServerEvent(message.data);
      if (!event) return;
      if (event.type === 'ready') {
        ready = true;
        attempt = 0;
        onStatus('open');
        for (const [turnId, afterSeq] of unfinished) send({ type: 'resume', turnId, afterSeq });
        for (const [clientTurnId, turn] of unacked) resend(clientTurnId, turn);
      }
      if (event.type === 'ack') acknowledge(event.clientTurnId);
      track(event);
      onEvent(event);
    };
    ws.onclose = (close) => {
      if (socket !== ws) return;
      socket = null;
      ready = false;
      if (closedByUs) return onStatus('closed');
      const fatal = FATAL_CLOSES.get(close.code);
      if (fatal) return onStatus('failed', fatal);
      const delay = backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 1000;
      attempt += 1;
      onStatus('reconnecting');
      retryTimer = setTimeout(connect, delay);
    };
  }

  function resend(clientTurnId: string, turn: UnackedTurn): void {
    if (turn.kind === 'text') return send({ type: 'turn.text', text: turn.text, clientTurnId });
    if (turn.kind === 'stream') {
      send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId });
      for (const frame of turn.frames) socket?.send(frame);
      if (turn.ended) send({ type: 'turn.stream.end' });
      return;
    }
    send({ type: 'turn.audio.start', mimeType: turn.mimeType, clientTurnId });
    for (const chunk of turn.chunks) socket?.send(chunk);
    if (turn.ended) send({ type: 'turn.audio.end' });
  }

  function audioTurn(clientTurnId: string): Extract<UnackedTurn, { kind: 'audio' }> | null {
    const turn = unacked.get(clientTurnId);
    return turn?.kind === 'audio' ? turn : null;
  }

  function streamTurn(clientTurnId: string): Extract<UnackedTurn, { kind: 'stream' }> | null {
    const turn = unacked.get(clientTurnId);
    return turn?.kind === 'stream' ? turn : null;
  }

  function track(event: PanelEvent): void {
    if (!('turnId' in event) || !event.turnId || !('seq' in event) || event.seq === undefined) return;
    if (event.type === 'turn.done') unfinished.delete(event.turnId);
    else unfinished.set(event.turnId, Math.max(event.seq, unfinished.get(event.turnId) ?? -1));
  }

  /** Servers that do not echo clientTurnId acknowledge turns in order. */
  function acknowledge(clientTurnId: string | undefined): void {
    if (clientTurnId !== undefined) unacked.delete(clientTurnId);
    else {
      const first = unacked.keys().next();
      if (!first.done) unacked.delete(first.value);
    }
  }

  connect();

  return {
    sendTurn(text, clientTurnId) {
      unacked.set(clientTurnId, { kind: 'text', text });
      if (ready) send({ type: 'turn.text', text, clientTurnId });
    },
    startAudioTurn(clientTurnId, mimeType) {
      unacked.set(clientTurnId, { kind: 'audio', mimeType, chunks: [], ended: false });
      if (ready) send({ type: 'turn.audio.start', mimeType, clientTurnId });
    },
    sendAudio(clientTurnId, chunk) {
      const turn = audioTurn(clientTurnId);
      if (!turn || turn.ended) return;
      turn.chunks.push(chunk);
      if (ready) socket?.send(chunk);
    },
    endAudioTurn(clientTurnId) {
      const turn = audioTurn(clientTurnId);
      if (!turn || turn.ended) return;
      // Nothing was recorded: the server would only answer that the recording is empty.
      if (turn.chunks.length === 0) return void unacked.delete(clientTurnId);
      turn.ended = true;
      if (ready) send({ type: 'turn.audio.end' });
    },
    startStreamTurn(clientTurnId) {
      unacked.set(clientTurnId, { kind: 'stream', frames: [], ended: false });
      if (ready) send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId });
    },
    sendPcm(clientTurnId, frame) {
      const turn = streamTurn(clientTurnId);
      if (!turn || turn.ended) return;
      turn.frames.push(frame);
      if (ready) socket?.send(frame);
    },
    endStreamTurn(clientTurnId) {
      const turn = streamTurn(clientTurnId);
      if (!turn || turn.ended) return;
      turn.ended = true;
      if (ready) send({ type: 'turn.stream.end' });
    },
    cancelTurn() {
      if (ready) send({ type: 'turn.cancel' });
    },
    close() {
      closedByUs = true;
      clearTimeout(retryTimer);
      socket?.close(1000);
      socket = null;
      onStatus('closed');
    },
  };
}
