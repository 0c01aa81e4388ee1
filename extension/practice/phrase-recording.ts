// "Say it" on the practice card: records the microphone while the browser's recognizer listens,
// then hands over the recognizer's words and the recording as WAV (which Azure scores by ear).
// It stops on the recognizer's final words, a second press, or after MAX_RECORDING_MS. Without
// a microphone (none, or refused) only the recognizer's words go.
import type { StartRecording } from '../voice/audio-recorder';

export interface SpokenPhrase {
  transcript: string;
  wav: Uint8Array | null;
}

/** Starts recording; returns the way to stop it early. `onDone` is called once. */
export type RecordPhrase = (onDone: (spoken: SpokenPhrase) => void) => () => void;

export interface PhraseRecordingDeps {
  /** Null where the browser cannot record. */
  openMicrophone: (() => Promise<MediaStream>) | null;
  startRecording: StartRecording;
  toWav: (recording: Blob) => Promise<Uint8Array>;
  /** The recognizer's one-utterance path; null where the browser has no speech recognition. */
  recognize: ((onText: (text: string) => void) => void) | null;
  maxMs?: number;
  /** How long a stopped recording waits for the recognizer's last words. */
  graceMs?: number;
}

const MAX_RECORDING_MS = 15_000;
const GRACE_MS = 1_500;

export function createPhraseRecording(deps: PhraseRecordingDeps): RecordPhrase | null {
  const { openMicrophone, recognize } = deps;
  if (!openMicrophone && !recognize) return null;
  return (onDone) => {
    let heard = '';
    let microphone: 'opening' | 'recording' | 'none' = openMicrophone ? 'opening' : 'none';
    let stopRecorder = () => {};
    let stopped = false;
    let finished = false;
    let textArrived = () => {};
    const text = new Promise<void>((resolve) => (textArrived = () => resolve()));
    const finish = (wav: Uint8Array | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      onDone({ transcript: heard, wav });
    };
    const stop = () => {
      stopped = true;
      if (microphone === 'recording') stopRecorder();
      if (microphone === 'none') finish(null);
    };
    const timer = setTimeout(stop, deps.maxMs ?? MAX_RECORDING_MS);
    recognize?.((transcript) => {
      heard = transcript;
      textArrived();
      stop();
    });
    openMicrophone?.().then(
      (stream) => {
        const release = () => stream.getTracks().forEach((track) => track.stop());
        if (stopped) {
          release();
          return finish(null);
        }
        const chunks: Blob[] = [];
        const recording = deps.startRecording(stream, {
          onChunk: (chunk) => chunks.push(chunk),
          onStop: () => {
            release();
            const wav = deps.toWav(new Blob(chunks, { type: recording.mimeType })).catch(() => null);
            const words = recognize && Promise.race([text, new Promise((resolve) => setTimeout(resolve, deps.graceMs ?? GRACE_MS))]);
            void Promise.all([wav, words]).then(([converted]) => finish(converted));
          },
        });
        microphone = 'recording';
        stopRecorder = recording.stop;
      },
      () => {
        microphone = 'none';
        if (stopped || !recognize) finish(null);
      },
    );
    return stop;
  };
}
