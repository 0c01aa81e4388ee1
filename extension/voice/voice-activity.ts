// Energy-based voice-activity detection, hands-free's fallback when Silero VAD cannot load (the
// panel says so: a long pause can end a turn here). Speech starts when the level stays
// above the threshold for `attackMs`, and ends after `hangoverMs` below it, so the pauses between
// words do not end the turn. The threshold follows the room's noise floor (never below `minRms`).

export type VoiceActivityChange = 'speech-start' | 'speech-end' | null;

export interface VoiceActivityOptions {
  /** Level (RMS of samples in [-1, 1]) that counts as speech in a quiet room. */
  minRms?: number;
  /** Speech is this many times louder than the noise floor. */
  noiseRatio?: number;
  attackMs?: number;
  hangoverMs?: number;
}

export interface VoiceActivityDetector {
  /** Feeds one level reading taken at `atMs`; returns the change it caused, if any. */
  update: (rms: number, atMs: number) => VoiceActivityChange;
  readonly speaking: boolean;
  /** Speaking, but the last reading was below the threshold (a pause, or the end coming). */
  readonly quiet: boolean;
}

export function rmsOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (samples[i] ?? 0) ** 2;
  return Math.sqrt(sum / samples.length);
}

export function createVoiceActivityDetector(options: VoiceActivityOptions = {}): VoiceActivityDetector {
  const { minRms = 0.015, noiseRatio = 3, attackMs = 60, hangoverMs = 900 } = options;
  let speaking = false;
  let noiseFloor = minRms / noiseRatio;
  let loudSince: number | null = null;
  let quietSince: number | null = null;

  return {
    get speaking() {
      return speaking;
    },
    get quiet() {
      return quietSince !== null;
    },
    update(rms, atMs) {
      const threshold = Math.max(minRms, noiseFloor * noiseRatio);
      const loud = rms >= threshold;
      // The floor learns only from quiet readings, slowly, so speech does not raise it.
      if (!loud && !speaking) noiseFloor = noiseFloor * 0.95 + rms * 0.05;
      if (loud) {
        quietSince = null;
        loudSince ??= atMs;
        if (!speaking && atMs - loudSince >= attackMs) {
          speaking = true;
          return 'speech-start';
        }
        return null;
      }
      loudSince = null;
      if (!speaking) return null;
      quietSince ??= atMs;
      if (atMs - quietSince < hangoverMs) return null;
      speaking = false;
      quietSince = null;
      return 'speech-end';
    },
  };
}
