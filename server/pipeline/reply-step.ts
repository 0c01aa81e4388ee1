// The tutor's reply: streamed to the client piece by piece, cut into sentences as it comes, each
// sentence spoken at once (ElevenLabs audio with timings, or timings for the browser's voice); in
// a streamed turn the first clause goes to speech alone, as soon as it is written.
import type { NativeLanguage } from '../../shared/corrections';
import type { TutorTurnContext } from '../providers/types';
import { noticeOfVoiceStreamFallback } from './notices';
import type { TurnContext } from './context';
import { SpokenPieceSplitter } from '../text/first-clause';
import { SpeechQueue } from './speech-queue';

export interface Reply {
  text: string;
  audio: { audio: Uint8Array; mimeType: string } | null;
  interrupted: boolean;
  failed: boolean;
}

export interface ReplyOptions {
  /** The pieces of a reply already started on the same words (early-reply.ts). */
  early?: AsyncIterable<string> | null;
  /** Called at each piece of the reply as it arrives. */
  onPiece?: () => void;
}

export async function streamReply(turn: TurnContext, context: TutorTurnContext, { early, onPiece }: ReplyOptions = {}): Promise<Reply> {
  const { services, recording, signal, timer } = turn;
  const splitter = new SpokenPieceSplitter({ firstClauseAtOnce: turn.firstClauseAtOnce === true });
  const emit: typeof recording.emit = (event) => {
    if (event.type === 'audio') timer.audioSent();
    return recording.emit(event);
  };
  const stream = turn.speech;
  if (stream) {
    stream.onFallback = (error) => {
      services.logger.warn({ err: error.message, turnId: recording.turnId }, 'voice stream failed; the HTTP voice speaks what was not heard');
      services.metrics.vendorError('elevenlabs', 'tts');
      recording.emit({ type: 'notice', capability: 'tts', message: noticeOfVoiceStreamFallback(turn.user.nativeLanguage as NativeLanguage) });
    };
    // Barge-in: the vendor stops at once (close_context), not after the flushed text is spoken.
    signal.addEventListener('abort', () => stream.close(), { once: true });
  }
  const speech = new SpeechQueue(stream?.speech ?? services.providers.tts, emit, signal, (error) =>
    services.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'speech failed mid-sentence'),
  );
  const speak = (sentence: string) => {
    timer.ttsStarted();
    speech.speak(sentence);
  };
  let text = '';
  let failed = false;
  try {
    timer.llmStarted();
    for await (const piece of early ?? services.providers.llm.streamReply(context, signal)) {
      if (signal.aborted) break;
      timer.llmPiece();
      onPiece?.();
      text += piece;
      recording.emit({ type: 'reply.delta', text: piece });
      // On a voice stream the text goes as it is written; each spoken piece is flushed where it ends.
      stream?.write(piece);
      for (const sentence of splitter.push(piece)) speak(sentence);
      stream?.sendWritten();
    }
  } catch (error) {
    if (!signal.aborted) {
      failed = true;
      services.logger.warn({ err: error instanceof Error ? error.message : String(error), sessionId: turn.session.id }, 'tutor reply failed');
      recording.emit({ type: 'error', code: 'internal', message: 'The tutor could not finish this answer. Your message is saved.' });
    }
  }
  const rest = splitter.flush();
  if (rest && !signal.aborted) speak(rest);
  stream?.end();
  const audio = await speech.finish();
  return { text: text.trim(), audio, interrupted: signal.aborted, failed };
}
