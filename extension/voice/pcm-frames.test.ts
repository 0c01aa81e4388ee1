import { describe, expect, it } from 'vitest';
import { createResampler, FRAME_SAMPLES, toPcm16 } from './pcm-frames';

const tone = (rate: number, hz: number, seconds: number, amplitude = 0.5) =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate));

/** Feeds the signal in blocks of uneven size, as the audio thread hands them over. */
function resampleAll(signal: Float32Array, rate: number): Float32Array {
  const resampler = createResampler(rate);
  const frames: Float32Array[] = [];
  for (let at = 0, block = 128; at < signal.length; at += block, block = block === 128 ? 1000 : 128) {
    frames.push(...resampler.push(signal.subarray(at, at + block)));
  }
  const out = new Float32Array(frames.length * FRAME_SAMPLES);
  frames.forEach((frame, i) => out.set(frame, i * FRAME_SAMPLES));
  return out;
}

const crossings = (samples: Float32Array) => {
  let count = 0;
  for (let i = 1; i < samples.length; i++) if ((samples[i - 1]! < 0) !== (samples[i]! < 0)) count++;
  return count;
};

describe('16 kHz PCM frames from the microphone', () => {
  it.each([48_000, 44_100])('resamples %i Hz to 16 kHz frames of 512 samples, keeping pitch, level and length', (rate) => {
    const out = resampleAll(tone(rate, 440, 2), rate);
    // Two seconds at 16 kHz, in whole frames: nothing dropped or repeated at block boundaries.
    expect(out.length).toBe(Math.floor(32_000 / FRAME_SAMPLES) * FRAME_SAMPLES);
    // 440 Hz crosses zero 880 times a second.
    expect(crossings(out) / (out.length / 16_000)).toBeCloseTo(880, -1);
    const peak = Math.max(...out.map(Math.abs));
    expect(peak).toBeGreaterThan(0.45);
    expect(peak).toBeLessThanOrEqual(0.5);
  });

  it('passes 16 kHz through unchanged', () => {
    const signal = tone(16_000, 300, 0.1);
    expect(Array.from(resampleAll(signal, 16_000))).toEqual(Array.from(signal.subarray(0, 3 * FRAME_SAMPLES)));
  });

  it('encodes frames as 16-bit little-endian PCM, clipping what is out of range', () => {
    const pcm = toPcm16(Float32Array.from([0, 0.5, -0.5, 1, -1, 1.7, -3]));
    expect(pcm.byteLength).toBe(14);
    expect(Array.from(new Int16Array(pcm))).toEqual([0, 16384, -16384, 32767, -32768, 32767, -32768]);
    expect(Array.from(new Uint8Array(pcm, 2, 2))).toEqual([0x00, 0x40]);
  });
});
