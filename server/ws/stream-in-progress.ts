// A streamed turn while the learner speaks, with everything opened for it at its start so that no
// handshake waits at its end: the audio and its streaming transcription (live captions), the
// voice socket of the reply, and the reply started ahead on the words the learner paused on.
// At the end the turn takes them over (turnInput); a stream dropped or refused closes them all.
import type { NativeLanguage } from '../../shared/corrections';
import type { ServerEvent } from '../../shared/ws';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import { noticeOfStreamFallback } from '../pipeline/notices';
import type { TurnInput } from '../pipeline/user-input';
import type { StreamingTtsSession } from '../providers/types';
import type { Services } from '../services';
import { AudioStream, DEFAULT_FINAL_TIMEOUT_MS } from './audio-stream';
import { PreemptiveReplies } from './preemptive-reply';

type Unscoped = Extract<ServerEvent, { type: 'transcript.delta' | 'notice' }>;

export class StreamInProgress {
  readonly audio: AudioStream;
  private speech: StreamingTtsSession | null;
  private readonly ahead: PreemptiveReplies;

  constructor(
    private readonly services: Services,
    user: AuthUser,
    session: Session,
    readonly clientTurnId: string | undefined,
    send: (event: Unscoped) => void,
  ) {
    const language = user.nativeLanguage as NativeLanguage;
    const ahead = (this.ahead = new PreemptiveReplies(services, user, session));
    this.audio = new AudioStream(services, clientTurnId, {
      onCaption: (text) => {
        ahead.heard(text);
        send({ type: 'transcript.delta', text, ...(clientTurnId ? { clientTurnId } : {}) });
      },
      onStreamFailure: () => send({ type: 'notice', capability: 'stt', message: noticeOfStreamFallback(language) }),
      onStablePause: (text) => ahead.paused(text),
    });
    this.speech = services.streamingTts?.open() ?? null;
  }

  /** The stream ended and its turn was admitted: the turn's input, which takes over what is open. */
  turnInput(): TurnInput {
    const finalTimeoutMs = this.services.config.PROVIDER_TIMEOUT_MS ?? DEFAULT_FINAL_TIMEOUT_MS;
    const speech = this.speech;
    this.speech = null;
    const preemptive = this.ahead.take();
    return {
      kind: 'audio',
      audio: this.audio.wav(),
      mimeType: 'audio/wav',
      transcribe: this.audio.transcriber(finalTimeoutMs),
      stableInterim: this.audio.stableInterim(),
      ...(speech ? { speech } : {}),
      ...(preemptive ? { preemptive } : {}),
    };
  }

  /** Dropped (turn.cancel, another turn, the socket closed) or refused. */
  close() {
    this.audio.close();
    this.speech?.close();
    this.speech = null;
    this.ahead.drop();
  }
}
