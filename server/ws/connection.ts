// One conversation socket. The first message must be { type: 'auth', token }; after that the
// socket receives every event of its session (through the session hub) and may send turns (text
// or audio), cancel the reply in flight, or resume a turn it missed (a turn already under way when
// it connected comes through resume only, whole and in order). Bad messages get an `error`
// event and the socket stays open; a session that is not the caller's closes it with 4004.
// Turns past the user's per-minute or per-day audio limit get a rate_limited error with
// retryAfterSec and are not run (nothing stored, no vendor called); so are turns past what the
// process takes at once (MAX_TURNS_IN_FLIGHT), with a busy error.
import type { WSContext } from 'hono/ws';
import { ClientMessage, MAX_AUDIO_BYTES, MAX_TURN_CHARS, type ServerEvent, WsCloseCode } from '../../shared/ws';
import { resolveToken } from '../auth/tokens';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import { hasUnstorableCharacters, isDatabaseUnavailable, isUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../db/errors';
import { describeZodError } from '../http/errors';
import { openingMessage } from '../pipeline/opening';
import type { AdmittedTurn } from '../pipeline/admission';
import { runTurn } from '../pipeline/turn';
import type { TurnInput } from '../pipeline/user-input';
import { estimateAudioSeconds } from '../security/audio-duration';
import type { Services } from '../services';
import type { AudioStream } from './audio-stream';
import { AudioUpload, toBuffer } from './audio-upload';
import { BatchedSender } from './batched-sender';
import { StreamInProgress } from './stream-in-progress';
import { admitTurn, consumeTurnLimits, isRefusal, releaseAndThrow } from './turn-gate';

const AUTH_TIMEOUT_MS = 10_000;
/** Late events that make sense alone (a finished turn's video, a failed render's notice). */
const STANDALONE_EVENTS = new Set<ServerEvent['type']>(['avatar.video', 'notice']);
type ErrorCodeOf = Extract<ServerEvent, { type: 'error' }>['code'];

export class ConversationConnection {
  private user: AuthUser | null = null;
  private session: Session | null = null;
  private unsubscribe: (() => void) | null = null;
  private upload: AudioUpload | null = null;
  private stream: StreamInProgress | null = null;
  private turnInFlight: { abort: AbortController; done: Promise<unknown> } | null = null;
  private readonly authTimer: NodeJS.Timeout;
  private closed = false;
  private readonly sender: BatchedSender;
  /** Per turn, the last sequence number this socket has sent. */
  private readonly delivered = new Map<string, number>();
  /** Messages are handled one at a time, in arrival order (audio frames must not overtake turn.audio.end). */
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    private readonly services: Services,
    private readonly sessionId: string,
    private readonly ws: WSContext,
  ) {
    this.authTimer = setTimeout(() => this.close(WsCloseCode.authTimeout, 'auth message expected'), AUTH_TIMEOUT_MS);
    // A failed send means the peer went away; the turn still finishes and is stored.
    this.sender = new BatchedSender(ws, () => this.onClose());
    services.metrics.webSocketOpened();
  }

  private send(event: ServerEvent) {
    if (this.closed) return;
    this.sender.send(JSON.stringify(event));
  }

  private sendError(code: ErrorCodeOf, message: string, retryAfterSec?: number) {
    this.send({ type: 'error', code, message, ...(retryAfterSec ? { retryAfterSec } : {}) });
  }

  /**
   * Answers a turn refused before its ack, naming it: the panel keeps an unacknowledged turn to
   * resend it, and must know which one the server will never take as sent (or, for busy, when to
   * send it again).
   */
  private refuseTurn(clientTurnId: string | undefined, code: ErrorCodeOf, message: string, retryAfterSec?: number) {
    this.send({ type: 'error', code, message, ...(retryAfterSec ? { retryAfterSec } : {}), ...(clientTurnId ? { clientTurnId } : {}) });
  }

  private close(code: number, reason: string) {
    if (!this.closed) this.ws.close(code, reason);
    this.onClose();
  }

  onMessage(data: unknown): Promise<void> {
    this.inbox = this.inbox.then(() => this.handle(data));
    return this.inbox;
  }

  private async handle(data: unknown) {
    try {
      if (typeof data !== 'string') return await this.onBinary(data);
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        return this.sendError('bad_request', 'The message is not valid JSON.');
      }
      const parsed = ClientMessage.safeParse(json);
      if (!parsed.success) {
        const type = (json as { type?: unknown } | null)?.type;
        const known = ClientMessage.options.some((o) => o.shape.type.value === type);
        return known
          ? this.sendError('validation_failed', describeZodError(parsed.error))
          : this.sendError('bad_request', `Unknown message type ${JSON.stringify(type ?? null)}.`);
      }
      const message = parsed.data;
      if (message.type === 'ping') return this.send({ type: 'pong' });
      if (message.type === 'auth') return await this.authenticate(message.token);
      if (!this.user || !this.session) return this.sendError('unauthorized', 'Send { "type": "auth", "token": ... } first.');
      switch (message.type) {
        case 'turn.text':
          return await this.startTextTurn(message.text, message.clientTurnId);
        case 'turn.audio.start':
          this.interruptReply();
          this.dropStream();
          this.upload = new AudioUpload(message.mimeType, message.clientTurnId);
          return;
        case 'turn.audio.end':
          return await this.finishAudioTurn();
        case 'turn.stream.start':
          return this.startStream(message.clientTurnId);
        case 'turn.stream.end':
          return await this.finishStreamTurn();
        case 'turn.stream.pause': // a hint: with no stream in progress there is nothing to mark
          return this.stream?.audio.speechPaused();
        case 'turn.cancel':
          this.dropStream();
          return this.interruptReply();
        case 'resume':
          return await this.resume(message.turnId, message.afterSeq);
      }
    } catch (error) {
      this.reportFailure(error);
    }
  }

  private async onBinary(data: unknown) {
    if (!this.user) return this.sendError('unauthorized', 'Send { "type": "auth", "token": ... } first.');
    if (this.stream) return this.onStreamFrame(this.stream.audio, data);
    if (!this.upload) return this.sendError('bad_request', 'Audio frames must come between turn.audio.start and turn.audio.end (or turn.stream.start and turn.stream.end).');
    const frame = await toBuffer(data);
    if (!frame) return this.sendError('bad_request', 'Unreadable binary frame.');
    if (!this.upload.add(frame)) {
      this.upload = null;
      this.sendError('payload_too_large', `A recording can be at most ${MAX_AUDIO_BYTES / (1024 * 1024)} MB; this one was dropped.`);
    }
  }

  /**
   * A streamed turn begins: the reply in flight stops (the learner speaks again) and the
   * streaming transcription opens now, so its handshake is done before the learner finishes.
   */
  private startStream(clientTurnId?: string) {
    this.interruptReply();
    this.upload = null;
    this.dropStream();
    this.stream = new StreamInProgress(this.services, this.user!, this.session!, clientTurnId, (event) => this.send(event));
  }

  private async onStreamFrame(stream: AudioStream, data: unknown) {
    const frame = await toBuffer(data);
    if (!frame) return this.sendError('bad_request', 'Unreadable binary frame.');
    if (!stream.add(frame)) {
      this.dropStream();
      this.sendError('payload_too_large', `A spoken turn can be at most ${MAX_AUDIO_BYTES / (1024 * 1024)} MB of audio; this one was dropped.`);
    }
  }

  private dropStream() {
    this.stream?.close();
    this.stream = null;
  }

  private async finishStreamTurn() {
    const streaming = this.stream;
    this.stream = null;
    if (!streaming) return this.sendError('bad_request', 'turn.stream.end without turn.stream.start.');
    // The turn takes over what the stream opened; a turn refused below closes it.
    const { audio: stream } = streaming;
    const drop = () => streaming.close();
    if (stream.size === 0) {
      drop();
      return this.refuseTurn(stream.clientTurnId, 'validation_failed', 'audio: the spoken turn is empty.');
    }
    const seconds = Math.ceil(stream.seconds);
    const maxSeconds = this.services.config.MAX_AUDIO_SEC;
    if (seconds > maxSeconds) {
      drop();
      return this.refuseTurn(stream.clientTurnId, 'turn_too_long', `audio: a spoken turn can be at most ${maxSeconds} seconds (this one is about ${seconds}).`);
    }
    const admitted = this.admit(stream.clientTurnId);
    if (!admitted) return drop();
    const limitFailed = releaseAndThrow(admitted);
    const within = await this.withinLimits(seconds, stream.clientTurnId).catch((error: unknown) => {
      drop();
      return limitFailed(error);
    });
    if (!within) {
      admitted.release();
      return drop();
    }
    this.startTurn(streaming.turnInput(), admitted, stream.clientTurnId);
  }

  private reportFailure(error: unknown) {
    if (isUnstorableText(error)) return this.sendError('validation_failed', UNSTORABLE_TEXT_MESSAGE);
    if (isDatabaseUnavailable(error)) return this.sendError('service_unavailable', 'The database is unavailable. Please try again shortly.');
    this.services.logger.error({ err: error, sessionId: this.sessionId }, 'conversation socket failure');
    this.sendError('internal', 'Something went wrong on the server.');
  }

  private async authenticate(token: string) {
    if (this.user) return this.sendError('bad_request', 'Already authenticated.');
    // The client answered in time; a busy server checking the token must not count against it
    // (bench:load at 500 sessions closed 24 sockets that way).
    clearTimeout(this.authTimer);
    const { db, now, capabilities, hub } = this.services;
    const user = await resolveToken(db.prisma, token, now());
    if (!user) return this.close(WsCloseCode.unauthorized, 'invalid or expired token');
    const session = await db.prisma.session.findFirst({ where: { id: this.sessionId, userId: user.id } });
    if (!session) return this.close(WsCloseCode.sessionNotFound, 'no such session');
    if (this.closed) return;
    clearTimeout(this.authTimer);
    this.user = user;
    this.session = session;
    this.unsubscribe = hub.subscribe(session.id, (event) => this.deliver(event));
    const greeting = await openingMessage(this.services, session, user);
    const streaming = Boolean(this.services.streamingStt);
    this.send({ type: 'ready', sessionId: session.id, capabilities, streaming, ...(greeting ? { greeting } : {}) });
  }

  private async startTextTurn(rawText: string, clientTurnId?: string) {
    const text = rawText.trim();
    if (text.length === 0) return this.refuseTurn(clientTurnId, 'validation_failed', 'text: the turn is empty.');
    if (text.length > MAX_TURN_CHARS) {
      return this.refuseTurn(clientTurnId, 'turn_too_long', `text: a turn can be at most ${MAX_TURN_CHARS} characters (this one has ${text.length}).`);
    }
    // Refused before it interrupts the reply in flight: the database could not store it anyway.
    if (hasUnstorableCharacters(text)) return this.refuseTurn(clientTurnId, 'validation_failed', UNSTORABLE_TEXT_MESSAGE);
    const admitted = this.admit(clientTurnId);
    if (!admitted) return;
    if (!(await this.withinLimits(0, clientTurnId).catch(releaseAndThrow(admitted)))) return admitted.release();
    this.startTurn({ kind: 'text', text }, admitted, clientTurnId);
  }

  private async finishAudioTurn() {
    const upload = this.upload;
    this.upload = null;
    if (!upload) return this.sendError('bad_request', 'turn.audio.end without turn.audio.start.');
    if (upload.size === 0) return this.refuseTurn(upload.clientTurnId, 'validation_failed', 'audio: the recording is empty.');
    const audio = upload.audio();
    const seconds = Math.ceil(estimateAudioSeconds(audio, upload.mimeType));
    const maxSeconds = this.services.config.MAX_AUDIO_SEC;
    if (seconds > maxSeconds) {
      return this.refuseTurn(upload.clientTurnId, 'turn_too_long', `audio: a recording can be at most ${maxSeconds} seconds (this one is about ${seconds}).`);
    }
    const admitted = this.admit(upload.clientTurnId);
    if (!admitted) return;
    if (!(await this.withinLimits(seconds, upload.clientTurnId).catch(releaseAndThrow(admitted)))) return admitted.release();
    this.startTurn({ kind: 'audio', audio, mimeType: upload.mimeType }, admitted, upload.clientTurnId);
  }

  /** A place for one more turn in this process, taken before anything is stored; null after answering busy. */
  private admit(clientTurnId: string | undefined): AdmittedTurn | null {
    const answer = admitTurn(this.services);
    if (!isRefusal(answer)) return answer;
    this.refuseTurn(clientTurnId, answer.code, answer.message, answer.retryAfterSec);
    return null;
  }

  /** Takes the turn from the learner's limits; false after answering rate_limited. */
  private async withinLimits(audioSeconds: number, clientTurnId: string | undefined): Promise<boolean> {
    const refusal = await consumeTurnLimits(this.services, this.user!.id, audioSeconds);
    if (refusal) this.refuseTurn(clientTurnId, refusal.code, refusal.message, refusal.retryAfterSec);
    return refusal === null;
  }

  /** Barge-in: stops the reply in flight; its partial text is stored marked interrupted. */
  private interruptReply() {
    this.turnInFlight?.abort.abort();
  }

  private startTurn(input: TurnInput, admitted: AdmittedTurn, clientTurnId?: string) {
    const previous = this.turnInFlight;
    this.interruptReply();
    const abort = new AbortController();
    const session = this.session!;
    const user = this.user!;
    const done = (async () => {
      await previous?.done;
      await runTurn({ services: this.services, session, user, input, clientTurnId, signal: abort.signal });
    })()
      .catch((error) => this.reportFailure(error))
      .finally(() => admitted.release());
    this.turnInFlight = { abort, done };
    void done.finally(() => {
      if (this.turnInFlight?.done === done) this.turnInFlight = null;
    });
  }

  /**
   * A session event, live. A turn already under way when this socket connected is left to the
   * client's `resume`, so that it arrives whole and in order, never a delivered event twice.
   */
  private deliver(event: ServerEvent) {
    const seq = 'seq' in event ? event.seq : undefined;
    if (!('turnId' in event) || !event.turnId || seq === undefined || STANDALONE_EVENTS.has(event.type)) return this.send(event);
    const last = this.delivered.get(event.turnId);
    if (last === undefined ? seq > 0 : seq <= last) return;
    this.delivered.set(event.turnId, seq);
    this.send(event);
  }

  private async resume(turnId: string, afterSeq: number) {
    const sessionId = this.session!.id;
    const stored = await this.services.turns.replay(sessionId, turnId, afterSeq);
    if (!stored) return this.sendError('not_found', 'No such turn in this session.');
    // Read a live turn again after the await: its events since then would be in neither part.
    const live = this.services.turns.liveTurn(turnId);
    const from = Math.max(afterSeq, this.delivered.get(turnId) ?? -1);
    const replay = live?.sessionId === sessionId ? { events: live.eventsAfter(from), lastSeq: live.lastSeq, complete: live.complete } : stored;
    for (const event of replay.events) if ('seq' in event && event.seq !== undefined && event.seq > from) this.send(event);
    this.delivered.set(turnId, Math.max(from, replay.lastSeq));
    this.send({ type: 'resumed', turnId, lastSeq: replay.lastSeq, complete: replay.complete });
  }

  onClose() {
    if (!this.closed) this.services.metrics.webSocketClosed();
    this.closed = true;
    clearTimeout(this.authTimer);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.dropStream();
  }
}
