// What streamed turns and hands-free listening run on, loaded when the learner first needs them
// (the side panel's first load stays small): PCM capture and framing, the speech segmenter, the
// energy detector, and Silero VAD (its own chunk again, with onnxruntime-web's WebAssembly).
import { capturePcm, type CapturePcm } from './pcm-capture';
import { toPcm16 } from './pcm-frames';
import { PRE_ROLL_FRAMES } from './endpointing';
import { createEnergyDetector, type SpeechDetector } from './speech-detector';
import { createSpeechSegmenter } from './speech-segmenter';

export interface PcmListening {
  capturePcm: CapturePcm;
  /** Silero VAD; rejects when its model or runtime cannot load. */
  loadDetector: () => Promise<SpeechDetector>;
  createEnergyDetector: () => SpeechDetector;
  createSpeechSegmenter: typeof createSpeechSegmenter;
  toPcm16: (frame: Float32Array) => ArrayBuffer;
  preRollFrames: number;
}

export const pcmListening: PcmListening = {
  capturePcm,
  loadDetector: () => import('./silero-vad').then((vad) => vad.loadSileroDetector()),
  createEnergyDetector: () => createEnergyDetector(),
  createSpeechSegmenter,
  toPcm16,
  preRollFrames: PRE_ROLL_FRAMES,
};
