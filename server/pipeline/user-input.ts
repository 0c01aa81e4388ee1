// The learner's words, stored before any vendor is called: typed text at once; audio as a file
// and an (empty) message first, then the transcript from speech-to-text.
import type { StreamingTtsSession, Transcript } from '../providers/types';
import type { TurnContext } from './context';
import type { EarlyReply } from './early-reply';
import { insertMessage, updateMessageContent } from './turn-store';

export type TurnInput =
  | { kind: 'text'; text: string }
  | {
      kind: 'audio';
      audio: Uint8Array;
      mimeType: string;
      /**
       * A streamed turn's own transcription (its streaming transcript, with the batch one as the
       * fallback); absent: the recording goes to the batch speech-to-text.
       */
      transcribe?: (signal: AbortSignal) => Promise<Transcript>;
      /** A streamed turn's interim transcript once stable, or null when the final came first. */
      stableInterim?: Promise<string | null>;
      /** Hands-free: the reply already started on the words the learner paused on (preemptive-reply.ts). */
      preemptive?: EarlyReply;
      /** A streamed turn's voice, opened when the learner started speaking; absent: per-piece requests. */
      speech?: StreamingTtsSession;
    };

export interface StoredInput {
  messageId: string;
  /** The learner's text, or null when their audio could not be transcribed. */
  text: string | null;
}

const nothingToSave = () => Promise.resolve();

export async function storeUserInput(turn: TurnContext, input: TurnInput, clientTurnId?: string): Promise<StoredInput & { save: () => Promise<unknown> }> {
  const { services, session, user, recording } = turn;
  const { db, now } = services;
  const clientId = clientTurnId ? { clientTurnId } : {};
  const base = { sessionId: session.id, role: 'user', turnId: recording.turnId } as const;
  if (input.kind === 'text') {
    const messageId = await insertMessage(db.prisma, { ...base, content: input.text, createdAt: now() });
    recording.emit({ type: 'ack', messageId, ...clientId });
    return { messageId, text: input.text, save: nothingToSave };
  }

  const audioUrl = await services.media.save(user.id, input.audio, input.mimeType);
  const messageId = await insertMessage(db.prisma, { ...base, content: '', audioUrl, createdAt: now() });
  const message = { id: messageId };
  recording.emit({ type: 'ack', messageId, ...clientId });
  try {
    turn.timer.sttStarted();
    const transcript = input.transcribe
      ? await input.transcribe(turn.signal)
      : await services.providers.stt.transcribe({ audio: input.audio, mimeType: input.mimeType, language: 'en' }, turn.signal);
    turn.timer.sttFinished();
    const text = transcript.text.trim();
    recording.emit({ type: 'transcript', messageId: message.id, text, audioUrl });
    // The recording is stored already; the transcript joins it once the tutor has started answering.
    return { messageId: message.id, text: text.length > 0 ? text : null, save: () => updateMessageContent(db.prisma, message.id, text) };
  } catch (error) {
    if (turn.signal.aborted) return { messageId: message.id, text: null, save: nothingToSave };
    services.logger.warn({ err: error instanceof Error ? error.message : String(error), sessionId: session.id }, 'transcription failed');
    recording.emit({
      type: 'error',
      code: 'service_unavailable',
      message: 'Your recording is saved, but it could not be turned into text. Please type it or try again.',
    });
    return { messageId: message.id, text: null, save: nothingToSave };
  }
}
