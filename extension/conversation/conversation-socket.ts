// The conversation WebSocket: authenticates first, reconnects by itself with backoff, and resends
// any turn the server had not acknowledged when the connection dropped, so the turn resumes.
// A spoken turn is `turn.audio.start`, the recording's slices as binary frames, `turn.audio.end`;
// its slices are kept until the server acknowledges the turn, so a reconnect can send it again.
// A streamed turn is `turn.stream.start`, 16 kHz PCM16 frames as they are captured,
// `turn.stream.end`; its frames are kept the same way.
import { WsCloseCode, type AUDIO_MIME_TYPES, type ClientMessage } from '../../shared/ws';
import type { ErrorCode } from '../../shared/errors';
import { parseServerEvent, type PanelEvent } from './server-events';

export type AudioMimeType = (typeof AUDIO_MIME_TYPES)[number];

/** A spoken turn, recorded or streamed: its start message, its binary parts so far, its end. */
interface BinaryTurn {
  kind: 'audio' | 'stream';
  start: ClientMessage;
  end: ClientMessage;
  parts: (Blob | ArrayBuffer)[];
  ended: boolean;
}

type UnackedTurn = { kind: 'text'; text: string } | BinaryTurn;

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
  /** Hands-free: the learner stopped speaking (a hint, sent only while the turn is live; not resent). */
  pauseStreamTurn: (clientTurnId: string) => void;
  /** Stops the tutor's reply in flight (barge-in without a new turn). */
  cancelTurn: () => void;
  close: () => void;
}

/** When a busy server does not say how long to wait. */
export const DEFAULT_BUSY_RETRY_SEC = 5;

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
  /** Turns the server refused as busy, each waiting for its retryAfterSec before it is sent again. */
  const busyRetries = new Map<string, ReturnType<typeof setTimeout>>();

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
        // Every kept turn goes again now, the busy ones included.
        clearBusyRetries();
        for (const [clientTurnId, turn] of unacked) resend(clientTurnId, turn);
      }
      if (event.type === 'ack') acknowledge(event.clientTurnId);
      if (event.type === 'error' && event.clientTurnId) refused(event.clientTurnId, event.code, event.retryAfterSec);
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
    send(turn.start);
    for (const part of turn.parts) socket?.send(part);
    if (turn.ended) send(turn.end);
  }

  function binaryTurn(clientTurnId: string, kind: BinaryTurn['kind']): BinaryTurn | null {
    const turn = unacked.get(clientTurnId);
    return turn?.kind === kind && !turn.ended ? turn : null;
  }

  function startBinaryTurn(clientTurnId: string, turn: BinaryTurn): void {
    unacked.set(clientTurnId, turn);
    if (ready) send(turn.start);
  }

  function sendPart(turn: BinaryTurn | null, part: Blob | ArrayBuffer): void {
    if (!turn) return;
    turn.parts.push(part);
    if (ready) socket?.send(part);
  }

  function endBinaryTurn(turn: BinaryTurn): void {
    turn.ended = true;
    if (ready) send(turn.end);
  }

  function track(event: PanelEvent): void {
    if (!('turnId' in event) || !event.turnId || !('seq' in event) || event.seq === undefined) return;
    if (event.type === 'turn.done') unfinished.delete(event.turnId);
    else unfinished.set(event.turnId, Math.max(event.seq, unfinished.get(event.turnId) ?? -1));
  }

  /**
   * The server refused a turn before its ack, so it stored nothing of it. Busy means "not now":
   * the turn is kept and sent again once the server expects room. Any other refusal (too long,
   * empty, over the learner's limits) would be refused again, so the turn is no longer kept for
   * resending; the panel keeps showing the learner's words, marked as not sent.
   */
  function refused(clientTurnId: string, code: ErrorCode, retryAfterSec: number | undefined): void {
    if (!unacked.has(clientTurnId)) return;
    if (code !== 'busy') return void unacked.delete(clientTurnId);
    clearTimeout(busyRetries.get(clientTurnId));
    const delayMs = (retryAfterSec ?? DEFAULT_BUSY_RETRY_SEC) * 1000;
    busyRetries.set(
      clientTurnId,
      setTimeout(() => {
        busyRetries.delete(clientTurnId);
        const turn = unacked.get(clientTurnId);
        if (turn && ready) resend(clientTurnId, turn);
      }, delayMs),
    );
  }

  function clearBusyRetries(): void {
    for (const timer of busyRetries.values()) clearTimeout(timer);
    busyRetries.clear();
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
      const start: ClientMessage = { type: 'turn.audio.start', mimeType, clientTurnId };
      startBinaryTurn(clientTurnId, { kind: 'audio', start, end: { type: 'turn.audio.end' }, parts: [], ended: false });
    },
    sendAudio(clientTurnId, chunk) {
      sendPart(binaryTurn(clientTurnId, 'audio'), chunk);
    },
    endAudioTurn(clientTurnId) {
      const turn = binaryTurn(clientTurnId, 'audio');
      if (!turn) return;
      // Nothing was recorded: the server would only answer that the recording is empty.
      if (turn.parts.length === 0) return void unacked.delete(clientTurnId);
      endBinaryTurn(turn);
    },
    startStreamTurn(clientTurnId) {
      const start: ClientMessage = { type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId };
      startBinaryTurn(clientTurnId, { kind: 'stream', start, end: { type: 'turn.stream.end' }, parts: [], ended: false });
    },
    sendPcm(clientTurnId, frame) {
      sendPart(binaryTurn(clientTurnId, 'stream'), frame);
    },
    endStreamTurn(clientTurnId) {
      const turn = binaryTurn(clientTurnId, 'stream');
      if (turn) endBinaryTurn(turn);
    },
    pauseStreamTurn(clientTurnId) {
      if (ready && binaryTurn(clientTurnId, 'stream')) send({ type: 'turn.stream.pause' });
    },
    cancelTurn() {
      if (ready) send({ type: 'turn.cancel' });
    },
    close() {
      closedByUs = true;
      clearTimeout(retryTimer);
      clearBusyRetries();
      socket?.close(1000);
      socket = null;
      onStatus('closed');
    },
  };
}
