import { describe, expect, it } from 'vitest';
import { createVoiceActivityDetector, rmsOf, type VoiceActivityDetector } from './voice-activity';

/** Feeds a constant level every 30 ms for `durationMs`; returns the changes with their times. */
function feed(detector: VoiceActivityDetector, rms: number, fromMs: number, durationMs: number) {
  const changes: { change: string; atMs: number }[] = [];
  for (let t = fromMs; t < fromMs + durationMs; t += 30) {
    const change = detector.update(rms, t);
    if (change) changes.push({ change, atMs: t });
  }
  return changes;
}

describe('voice-activity detector', () => {
  it('measures the level of samples as their root mean square', () => {
    expect(rmsOf([])).toBe(0);
    expect(rmsOf([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5);
    expect(rmsOf(new Float32Array(100))).toBe(0);
  });

  it('hears speech that lasts, but not a click', () => {
    const detector = createVoiceActivityDetector({ attackMs: 60 });
    expect(feed(detector, 0.2, 0, 30)).toEqual([]);
    expect(feed(detector, 0.001, 30, 300)).toEqual([]);
    expect(feed(detector, 0.2, 330, 300)).toEqual([{ change: 'speech-start', atMs: 390 }]);
    expect(detector.speaking).toBe(true);
  });

  it('keeps the turn open through a pause between words and ends it after the hangover', () => {
    const detector = createVoiceActivityDetector({ attackMs: 60, hangoverMs: 900 });
    feed(detector, 0.2, 0, 600);
    expect(feed(detector, 0.001, 600, 500)).toEqual([]);
    expect(feed(detector, 0.2, 1100, 300)).toEqual([]);
    const end = feed(detector, 0.001, 1400, 2000);
    expect(end).toEqual([{ change: 'speech-end', atMs: 2300 }]);
    expect(detector.speaking).toBe(false);
  });

  it('raises its threshold in a noisy room so steady noise is not speech', () => {
    const quiet = createVoiceActivityDetector({ minRms: 0.015 });
    feed(quiet, 0.001, 0, 1000);
    expect(feed(quiet, 0.02, 1000, 300).map((c) => c.change)).toEqual(['speech-start']);

    const noisy = createVoiceActivityDetector({ minRms: 0.015 });
    feed(noisy, 0.012, 0, 3000);
    expect(feed(noisy, 0.02, 3000, 300)).toEqual([]);
    expect(feed(noisy, 0.1, 3300, 300).map((c) => c.change)).toEqual(['speech-start']);
  });
});
