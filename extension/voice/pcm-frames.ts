// Turns the microphone's samples (Float32 at the audio context's rate, 44.1 or 48 kHz) into the
// frames a streamed turn sends and the voice-activity model reads: 16 kHz mono, 512 samples
// (32 ms) each, then 16-bit little-endian PCM for the wire (shared/ws.ts, pcm16le-16k-mono).
import { STREAM_SAMPLE_RATE } from '../../shared/ws';

/** 32 ms at 16 kHz: the frame size Silero VAD v5 takes, and a small enough slice to stream. */
export const FRAME_SAMPLES = 512;
export const FRAME_MS = (FRAME_SAMPLES / STREAM_SAMPLE_RATE) * 1000;

export interface Resampler {
  /** Feeds native-rate samples; returns the whole 16 kHz frames they completed. */
  push: (samples: Float32Array) => Float32Array[];
}

/**
 * Downsamples by averaging the input samples each output sample spans (a box filter, enough
 * against aliasing for speech), carrying the fractional position across calls so no sample is
 * dropped or repeated at block boundaries whatever the ratio (44.1 kHz is not a whole multiple).
 */
export function createResampler(fromRate: number, toRate = STREAM_SAMPLE_RATE, frameSamples = FRAME_SAMPLES): Resampler {
  if (fromRate < toRate) throw new Error(`Cannot resample ${fromRate} Hz up to ${toRate} Hz`);
  const step = fromRate / toRate;
  let frame = new Float32Array(frameSamples);
  let filled = 0;
  /** Where the current output sample's span ends, in input samples from the start of the stream. */
  let spanEnd = step;
  let position = 0;
  let sum = 0;
  let count = 0;
  return {
    push(samples) {
      const frames: Float32Array[] = [];
      for (let i = 0; i < samples.length; i++) {
        sum += samples[i] ?? 0;
        count += 1;
        position += 1;
        if (position < spanEnd) continue;
        frame[filled++] = sum / count;
        sum = 0;
        count = 0;
        spanEnd += step;
        if (filled === frameSamples) {
          frames.push(frame);
          frame = new Float32Array(frameSamples);
          filled = 0;
        }
      }
      return frames;
    },
  };
}

/** 16-bit little-endian PCM of samples in [-1, 1], clipped. */
export function toPcm16(samples: Float32Array): ArrayBuffer {
  const buffer = new ArrayBuffer(samples.length * 2);
  const view = new DataView(buffer);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(i * 2, s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff), true);
  }
  return buffer;
}
