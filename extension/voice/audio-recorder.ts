// Records the microphone with MediaRecorder in small slices, so an utterance streams to the
// server while the learner is still speaking. WebM/Opus in Chromium, Ogg/Opus where that is
// what the browser records (Firefox); both are formats the server accepts (shared/ws.ts).
import type { AUDIO_MIME_TYPES } from '../../shared/ws';

export type RecordingMimeType = (typeof AUDIO_MIME_TYPES)[number];

const PREFERRED: readonly RecordingMimeType[] = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'];
const SLICE_MS = 250;

export interface Recording {
  mimeType: RecordingMimeType;
  /** Stops recording; the last slice arrives before `onStop`. */
  stop: () => void;
}

export interface RecordingHandlers {
  onChunk: (chunk: Blob) => void;
  onStop: () => void;
}

export type StartRecording = (stream: MediaStream, handlers: RecordingHandlers) => Recording;

export function recordingMimeType(isSupported: (type: string) => boolean): RecordingMimeType | null {
  return PREFERRED.find((type) => isSupported(type)) ?? null;
}

export const startRecording: StartRecording = (stream, { onChunk, onStop }) => {
  const mimeType = recordingMimeType((type) => MediaRecorder.isTypeSupported(type)) ?? 'audio/webm;codecs=opus';
  const recorder = new MediaRecorder(stream, { mimeType });
  recorder.ondataavailable = (event) => event.data.size > 0 && onChunk(event.data);
  recorder.onstop = onStop;
  recorder.start(SLICE_MS);
  return { mimeType, stop: () => recorder.state !== 'inactive' && recorder.stop() };
};

/** The microphone with the browser's echo cancellation, so the tutor's voice is not heard as the learner's. */
export function openMicrophone(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 } });
}

export function isPermissionError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NotAllowedError' || name === 'SecurityError';
}
