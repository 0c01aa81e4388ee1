// Every WebSocket message in both directions, as zod schemas: the server validates what it
// receives with these and the extension imports the same file. JSON text frames with a `type`.
// The names auth, turn.text, ready, ack, correction, reply.delta, reply.done and error are fixed.
import { z } from 'zod';
import { Correction } from './corrections';
import { ErrorCode } from './errors';

export const MAX_TURN_CHARS = 2000;

// --- client -> server ---
export const AuthMessage = z.object({ type: z.literal('auth'), token: z.string().min(1) });
export const TurnTextMessage = z.object({
  type: z.literal('turn.text'),
  text: z.string(),
  /** Optional client-chosen id so the client can match events to the turn it sent. */
  clientTurnId: z.string().max(64).optional(),
});
export const PingMessage = z.object({ type: z.literal('ping') });

export const ClientMessage = z.discriminatedUnion('type', [AuthMessage, TurnTextMessage, PingMessage]);
export type ClientMessage = z.infer<typeof ClientMessage>;

// --- server -> client ---
const turnScoped = { turnId: z.string(), seq: z.number().int().nonnegative() };

export const ReadyEvent = z.object({
  type: z.literal('ready'),
  sessionId: z.string(),
  /** Which capabilities run on a live vendor and which on the offline providers. */
  capabilities: z.record(z.string(), z.enum(['live', 'offline'])),
  /** The tutor's opening line when the session has no messages yet. */
  greeting: z
    .object({ messageId: z.string(), text: z.string() })
    .optional(),
});
export const AckEvent = z.object({ type: z.literal('ack'), messageId: z.string(), clientTurnId: z.string().optional(), ...turnScoped });
export const CorrectionEvent = z.object({
  type: z.literal('correction'),
  messageId: z.string(),
  correction: Correction,
  ...turnScoped,
});
export const ReplyDeltaEvent = z.object({ type: z.literal('reply.delta'), text: z.string(), ...turnScoped });
export const ReplyDoneEvent = z.object({
  type: z.literal('reply.done'),
  messageId: z.string(),
  text: z.string(),
  ...turnScoped,
});
export const TurnDoneEvent = z.object({ type: z.literal('turn.done'), ...turnScoped });
export const ErrorEvent = z.object({
  type: z.literal('error'),
  code: ErrorCode,
  message: z.string(),
  turnId: z.string().optional(),
  seq: z.number().int().nonnegative().optional(),
});
export const PongEvent = z.object({ type: z.literal('pong') });

export const ServerEvent = z.discriminatedUnion('type', [
  ReadyEvent,
  AckEvent,
  CorrectionEvent,
  ReplyDeltaEvent,
  ReplyDoneEvent,
  TurnDoneEvent,
  ErrorEvent,
  PongEvent,
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** Close codes of the conversation socket (4000-4999 are the application's own). */
export const WsCloseCode = {
  authTimeout: 4001,
  unauthorized: 4003,
  sessionNotFound: 4004,
  sessionEnded: 4009,
} as const;
