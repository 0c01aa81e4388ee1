// What hands-free listening needs from a voice-activity detector, frame by frame: speech may have
// started (`start`), it is long enough to be a turn (`confirmed`), it was only a noise
// (`misfire`), the learner stopped speaking but the turn may go on (`pause`: the first quiet
// frame after speech), the turn is over (`end`). Silero VAD (silero-detector.ts) is the detector; the
// energy detector here is the fallback when the model cannot load.
import { FRAME_MS } from './pcm-frames';
import { createVoiceActivityDetector, rmsOf, type VoiceActivityOptions } from './voice-activity';

export type SpeechEvent = 'start' | 'confirmed' | 'misfire' | 'pause' | 'end';

export interface SpeechDetector {
  readonly kind: 'silero' | 'energy';
  /** Reads one 16 kHz frame of FRAME_SAMPLES samples; returns what it changed, in order. */
  process: (frame: Float32Array) => Promise<SpeechEvent[]>;
}

/** The frame's loudness against the room's noise floor; pauses shorter than its hangover continue the turn. */
export function createEnergyDetector(options?: VoiceActivityOptions): SpeechDetector {
  const detector = createVoiceActivityDetector(options);
  let atMs = 0;
  let paused = false;
  return {
    kind: 'energy',
    process(frame) {
      atMs += FRAME_MS;
      const change = detector.update(rmsOf(frame), atMs);
      if (change === 'speech-start') return Promise.resolve(['start', 'confirmed']);
      if (change === 'speech-end') return Promise.resolve(['end']);
      const quiet = detector.speaking && detector.quiet;
      const events: SpeechEvent[] = quiet && !paused ? ['pause'] : [];
      paused = quiet;
      return Promise.resolve(events);
    },
  };
}
