// The end-of-turn settings of hands-free speech, used by the panel and by the endpointing bench
// (tests/bench/endpointing.ts) so what is measured is what the learner gets. Silero VAD v5 reads
// 32 ms frames and gives each a speech probability; vad-web's frame processor turns those into
// speech start and end.
import type { FrameProcessorOptions } from '@ricky0123/vad-web/dist/frame-processor';

/** The model file, shipped with @ricky0123/vad-web and copied into the extension as a resource. */
export const SILERO_MODEL_FILE = 'silero_vad_v5.onnx';

export const ENDPOINT_VAD_OPTIONS: FrameProcessorOptions = {
  positiveSpeechThreshold: 0.5,
  negativeSpeechThreshold: 0.35,
  // Silence this long ends the turn. Learners pause mid-sentence to find a word: pauses shorter
  // than this continue the turn. Measured against espeak-ng recordings with pauses of up to
  // 800 ms by `npm run bench:endpointing`.
  redemptionMs: 1100,
  // Not used for streaming (the panel keeps its own pre-roll), only for the segment vad-web keeps.
  preSpeechPadMs: 320,
  // A sound shorter than this is not a turn (a cough, a click) and does not interrupt the tutor.
  minSpeechMs: 250,
  submitUserSpeechOnPause: false,
};

/** ~300 ms of audio kept from before the first speech frame (10 frames of 32 ms). */
export const PRE_ROLL_FRAMES = 10;
