// Every WebSocket message in both directions, as zod schemas: the server validates what it
// receives with these and the extension imports the same file. JSON text frames with a `type`.
// The names auth, turn.text, ready, ack, correction, reply.delta, reply.done and error are fixed.
import { z } from 'zod';
import { ReviewRating } from './review';
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

/**
 * Audio turns: `turn.audio.start`, then the recording as binary WebSocket frames, then
 * `turn.audio.end`. Accepted formats: what MediaRecorder produces in Chromium
 * ("audio/webm;codecs=opus"), "audio/ogg;codecs=opus", or WAV ("audio/wav", 16-bit PCM, 16 kHz
 * mono preferred). Raw PCM must be sent wrapped as WAV.
 */
export const AUDIO_MIME_TYPES = ['audio/webm', 'audio/webm;codecs=opus', 'audio/ogg', 'audio/ogg;codecs=opus', 'audio/wav'] as const;
export const MAX_AUDIO_BYTES = 5 * 1024 * 1024;
export const TurnAudioStartMessage = z.object({
  type: z.literal('turn.audio.start'),
  mimeType: z.enum(AUDIO_MIME_TYPES),
  clientTurnId: z.string().max(64).optional(),
});
export const TurnAudioEndMessage = z.object({ type: z.literal('turn.audio.end') });
/**
 * Streamed audio turns (the default when the panel can capture PCM): `turn.stream.start`, then
 * binary frames of raw 16-bit little-endian PCM, mono, 16 kHz, sent as they are captured from
 * the start of speech (the first frames carry ~300 ms of pre-roll so the first syllable is never
 * clipped), then `turn.stream.end` when the learner's turn ends (end of speech, or the button).
 * While audio arrives the server answers `transcript.delta` (live captions); after the end it
 * acks the turn and goes on as for a recorded turn. `turn.cancel` during the stream drops it.
 */
export const STREAM_AUDIO_FORMATS = ['pcm16le-16k-mono'] as const;
export const STREAM_SAMPLE_RATE = 16_000;
export const TurnStreamStartMessage = z.object({
  type: z.literal('turn.stream.start'),
  format: z.enum(STREAM_AUDIO_FORMATS),
  clientTurnId: z.string().max(64).optional(),
});
export const TurnStreamEndMessage = z.object({ type: z.literal('turn.stream.end') });
/**
 * Hands-free, during a streamed turn: the learner has stopped speaking. The turn goes on: the
 * panel ends it (`turn.stream.end`) only after a longer silence, so a pause to find a word does
 * not cut it. The server counts the interim transcript's stability from here, so the tutor can
 * start on it the moment the turn ends. Sent again after each stretch of speech.
 */
export const TurnStreamPauseMessage = z.object({ type: z.literal('turn.stream.pause') });
/** Stops the tutor's reply in flight (barge-in without a new turn). */
export const TurnCancelMessage = z.object({ type: z.literal('turn.cancel') });
/** After a reconnect: send me the events of this turn after `afterSeq` (-1 = all). */
export const ResumeMessage = z.object({
  type: z.literal('resume'),
  turnId: z.string().min(1).max(64),
  afterSeq: z.number().int().min(-1),
});

export const ClientMessage = z.discriminatedUnion('type', [
  AuthMessage,
  TurnTextMessage,
  TurnAudioStartMessage,
  TurnAudioEndMessage,
  TurnStreamStartMessage,
  TurnStreamEndMessage,
  TurnStreamPauseMessage,
  TurnCancelMessage,
  ResumeMessage,
  PingMessage,
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

// --- server -> client ---
const turnScoped = { turnId: z.string(), seq: z.number().int().nonnegative() };

export const ReadyEvent = z.object({
  type: z.literal('ready'),
  sessionId: z.string(),
  /** Which capabilities run on a live vendor and which on the offline providers. */
  capabilities: z.record(z.string(), z.enum(['live', 'offline'])),
  /**
   * True when the server takes streamed audio turns (`turn.stream.*`, live captions through a
   * streaming speech-to-text vendor); absent or false: send whole recordings, or, with the stt
   * capability offline, the browser's own recognition as text.
   */
  streaming: z.boolean().optional(),
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
  /** The notebook item this correction belongs to; `again` when the learner had made this mistake before. */
  review: z.object({ itemId: z.string(), again: z.boolean() }).optional(),
  ...turnScoped,
});
/** The tutor's reply (this turn's) gives the learner a chance to use a due notebook item. */
export const ReviewTargetEvent = z.object({ type: z.literal('review.target'), itemId: z.string(), ...turnScoped });
/** What the learner's turn showed about an item: used correctly (good) or the mistake again. */
export const ReviewResultEvent = z.object({ type: z.literal('review.result'), itemId: z.string(), rating: ReviewRating, ...turnScoped });
export const ReplyDeltaEvent = z.object({ type: z.literal('reply.delta'), text: z.string(), ...turnScoped });
export const ReplyDoneEvent = z.object({
  type: z.literal('reply.done'),
  messageId: z.string(),
  text: z.string(),
  ...turnScoped,
});
export const TurnDoneEvent = z.object({
  type: z.literal('turn.done'),
  /** True when the learner interrupted the reply (barge-in or turn.cancel). */
  interrupted: z.boolean().optional(),
  ...turnScoped,
});
/** What the learner said, as recognised from their audio. */
export const TranscriptEvent = z.object({
  type: z.literal('transcript'),
  messageId: z.string(),
  text: z.string(),
  audioUrl: z.string().nullable(),
  ...turnScoped,
});
/**
 * Live captions of a streamed turn while the learner speaks: `text` is the whole interim
 * transcript so far (it replaces the previous delta, it is not appended). Sent before the turn's
 * ack, so it names the client's turn id rather than a server turn.
 */
export const TranscriptDeltaEvent = z.object({
  type: z.literal('transcript.delta'),
  text: z.string(),
  clientTurnId: z.string().optional(),
});
export const AlignmentSchema = z.object({
  characters: z.array(z.string()),
  startTimesSec: z.array(z.number()),
  endTimesSec: z.array(z.number()),
});
/**
 * Speech of one reply sentence, in order. `data` is base64 audio of `mimeType`; it is empty when
 * the browser speaks the text itself (offline voice) and then `alignment` holds estimated timings.
 */
export const AudioEvent = z.object({
  type: z.literal('audio'),
  sentenceIndex: z.number().int().nonnegative(),
  chunkIndex: z.number().int().nonnegative(),
  text: z.string(),
  mimeType: z.string(),
  data: z.string(),
  alignment: AlignmentSchema.optional(),
  /** The last chunk of this sentence. */
  final: z.boolean(),
  ...turnScoped,
});
/** A capability fell back to its offline provider, in words a learner understands. */
export const NoticeEvent = z.object({
  type: z.literal('notice'),
  capability: z.enum(['stt', 'llm', 'tts', 'avatar', 'pronunciation']),
  message: z.string(),
  turnId: z.string().optional(),
  seq: z.number().int().nonnegative().optional(),
});
/** The rendered video of a reply, when a video avatar is configured; arrives after turn.done. */
export const AvatarVideoEvent = z.object({
  type: z.literal('avatar.video'),
  messageId: z.string(),
  videoUrl: z.string(),
  ...turnScoped,
});
/** Sent after the replayed events of a `resume`; `complete` says whether the turn has ended. */
export const ResumedEvent = z.object({ type: z.literal('resumed'), turnId: z.string(), lastSeq: z.number().int(), complete: z.boolean() });
export const ErrorEvent = z.object({
  type: z.literal('error'),
  code: ErrorCode,
  message: z.string(),
  /** With rate_limited: seconds until a turn (or that much audio) is accepted again; with busy: until the server likely has room. */
  retryAfterSec: z.number().int().positive().optional(),
  /** A turn refused before its ack: which one. It was not stored; with busy it may be sent again after retryAfterSec. */
  clientTurnId: z.string().optional(),
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
  TranscriptEvent,
  TranscriptDeltaEvent,
  AudioEvent,
  NoticeEvent,
  AvatarVideoEvent,
  ResumedEvent,
  ErrorEvent,
  PongEvent,
  ReviewTargetEvent,
  ReviewResultEvent,
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** Close codes of the conversation socket (4000-4999 are the application's own). */
export const WsCloseCode = {
  authTimeout: 4001,
  unauthorized: 4003,
  sessionNotFound: 4004,
  sessionEnded: 4009,
} as const;
