// WS /ws/conversation/:sessionId — the live conversation. The first message must be
// { type: 'auth', token } (browsers cannot set headers on a WebSocket; tokens stay out of URLs).
// Every message both ways is a schema of shared/ws.ts. Bad messages get an `error` event and the
// socket stays open; a session that is not the caller's closes the socket with 4004.
import { Hono } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import { ClientMessage, MAX_TURN_CHARS, type ServerEvent, WsCloseCode } from '../../shared/ws';
import { resolveToken } from '../auth/tokens';
import type { Session } from '../db/generated/client';
import type { AppEnv, AuthUser } from '../http/context';
import { describeZodError, isDatabaseUnavailable } from '../http/errors';
import { openingMessage } from '../pipeline/opening';
import { runTextTurn } from '../pipeline/text-turn';
import type { Services } from '../services';

const AUTH_TIMEOUT_MS = 10_000;

class ConversationConnection {
  private user: AuthUser | null = null;
  private session: Session | null = null;
  private authTimer: NodeJS.Timeout;
  private turnInFlight: { abort: AbortController; done: Promise<unknown> } | null = null;
  private closed = false;

  constructor(
    private readonly services: Services,
    private readonly sessionId: string,
    private readonly ws: WSContext,
  ) {
    this.authTimer = setTimeout(() => this.close(WsCloseCode.authTimeout, 'auth message expected'), AUTH_TIMEOUT_MS);
  }

  send(event: ServerEvent) {
    if (this.closed) return;
    try {
      this.ws.send(JSON.stringify(event));
    } catch {
      // The peer went away mid-send; the turn still finishes and is stored.
    }
  }

  private sendError(code: Extract<ServerEvent, { type: 'error' }>['code'], message: string) {
    this.send({ type: 'error', code, message });
  }

  private close(code: number, reason: string) {
    clearTimeout(this.authTimer);
    if (!this.closed) this.ws.close(code, reason);
    this.closed = true;
  }

  async onMessage(data: unknown) {
    if (typeof data !== 'string') return this.sendError('bad_request', 'Send JSON text messages; binary frames are not expected here.');
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
    try {
      if (message.type === 'ping') return this.send({ type: 'pong' });
      if (message.type === 'auth') return await this.authenticate(message.token);
      if (!this.user || !this.session) return this.sendError('unauthorized', 'Send { "type": "auth", "token": ... } first.');
      if (message.type === 'turn.text') return this.startTurn(message.text, message.clientTurnId);
    } catch (error) {
      this.reportFailure(error);
    }
  }

  private reportFailure(error: unknown) {
    if (isDatabaseUnavailable(error)) return this.sendError('service_unavailable', 'The database is unavailable. Please try again shortly.');
    this.services.logger.error({ err: error, sessionId: this.sessionId }, 'conversation socket failure');
    this.sendError('internal', 'Something went wrong on the server.');
  }

  private async authenticate(token: string) {
    if (this.user) return this.sendError('bad_request', 'Already authenticated.');
    const { db, now, capabilities } = this.services;
    const user = await resolveToken(db.prisma, token, now());
    if (!user) return this.close(WsCloseCode.unauthorized, 'invalid or expired token');
    const session = await db.prisma.session.findFirst({ where: { id: this.sessionId, userId: user.id } });
    if (!session) return this.close(WsCloseCode.sessionNotFound, 'no such session');
    clearTimeout(this.authTimer);
    this.user = user;
    this.session = session;
    const greeting = await openingMessage(this.services, session, user);
    this.send({ type: 'ready', sessionId: session.id, capabilities, ...(greeting ? { greeting } : {}) });
  }

  private startTurn(rawText: string, clientTurnId?: string) {
    const text = rawText.trim();
    if (text.length === 0) return this.sendError('validation_failed', 'text: the turn is empty.');
    if (text.length > MAX_TURN_CHARS) {
      return this.sendError('turn_too_long', `text: a turn can be at most ${MAX_TURN_CHARS} characters (this one has ${text.length}).`);
    }
    // Barge-in: a new turn stops the reply in flight; its partial reply is stored as interrupted.
    const previous = this.turnInFlight;
    previous?.abort.abort();
    const abort = new AbortController();
    const done = (async () => {
      await previous?.done;
      await runTextTurn({
        services: this.services,
        session: this.session!,
        user: this.user!,
        text,
        clientTurnId,
        emit: (event) => this.send(event),
        signal: abort.signal,
      });
    })().catch((error) => this.reportFailure(error));
    this.turnInFlight = { abort, done };
    void done.finally(() => {
      if (this.turnInFlight?.done === done) this.turnInFlight = null;
    });
  }

  onClose() {
    this.closed = true;
    clearTimeout(this.authTimer);
  }
}

export function conversationSocket(upgradeWebSocket: UpgradeWebSocket) {
  return new Hono<AppEnv>().get(
    '/conversation/:sessionId',
    upgradeWebSocket((c) => {
      let connection: ConversationConnection | null = null;
      const services = c.get('services');
      const sessionId = c.req.param('sessionId') ?? '';
      return {
        onOpen: (_event, ws) => {
          connection = new ConversationConnection(services, sessionId, ws);
        },
        onMessage: (event) => {
          void connection?.onMessage(event.data);
        },
        onClose: () => connection?.onClose(),
      };
    }),
  );
}
