// The learner's words, stored before any vendor is called: typed text at once; audio as a file
// and an (empty) message first, then the transcript from speech-to-text.
import type { TurnContext } from './context';

export type TurnInput =
  | { kind: 'text'; text: string }
  | { kind: 'audio'; audio: Uint8Array; mimeType: string };

export interface StoredInput {
  messageId: string;
  /** The learner's text, or null when their audio could not be transcribed. */
  text: string | null;
}

export async function storeUserInput(turn: TurnContext, input: TurnInput, clientTurnId?: string): Promise<StoredInput> {
  const { services, session, user, recording } = turn;
  const { db, now } = services;
  const clientId = clientTurnId ? { clientTurnId } : {};
  if (input.kind === 'text') {
    const message = await db.prisma.conversation.create({
      data: { sessionId: session.id, role: 'user', content: input.text, turnId: recording.turnId, createdAt: now() },
    });
    recording.emit({ type: 'ack', messageId: message.id, ...clientId });
    return { messageId: message.id, text: input.text };
  }

  const audioUrl = await services.media.save(user.id, input.audio, input.mimeType);
  const message = await db.prisma.conversation.create({
    data: { sessionId: session.id, role: 'user', content: '', audioUrl, turnId: recording.turnId, createdAt: now() },
  });
  recording.emit({ type: 'ack', messageId: message.id, ...clientId });
  try {
    const transcript = await services.providers.stt.transcribe({ audio: input.audio, mimeType: input.mimeType, language: 'en' }, turn.signal);
    const text = transcript.text.trim();
    await db.prisma.conversation.update({ where: { id: message.id }, data: { content: text } });
    recording.emit({ type: 'transcript', messageId: message.id, text, audioUrl });
    return { messageId: message.id, text: text.length > 0 ? text : null };
  } catch (error) {
    if (turn.signal.aborted) return { messageId: message.id, text: null };
    services.logger.warn({ err: error instanceof Error ? error.message : String(error), sessionId: session.id }, 'transcription failed');
    recording.emit({
      type: 'error',
      code: 'service_unavailable',
      message: 'Your recording is saved, but it could not be turned into text. Please type it or try again.',
    });
    return { messageId: message.id, text: null };
  }
}
