import { describe, expect, it } from 'vitest';
import { FRAME_MS, FRAME_SAMPLES } from './pcm-frames';
import { PRE_ROLL_FRAMES } from './endpointing';
import { createEnergyDetector, type SpeechDetector, type SpeechEvent } from './speech-detector';
import { createSpeechSegmenter } from './speech-segmenter';

/** A frame whose every sample is `level`: loud frames are speech, quiet ones the room. */
const frame = (level: number) => new Float32Array(FRAME_SAMPLES).fill(level);

function record(detector: SpeechDetector) {
  const turns: { preRoll: Float32Array[]; frames: Float32Array[]; ended: boolean }[] = [];
  const segmenter = createSpeechSegmenter({
    detector,
    preRollFrames: PRE_ROLL_FRAMES,
    onTurnStart: (preRoll) => turns.push({ preRoll, frames: [], ended: false }),
    onFrame: (f) => turns.at(-1)!.frames.push(f),
    onTurnEnd: () => (turns.at(-1)!.ended = true),
    onError: (error) => {
      throw error;
    },
  });
  return { segmenter, turns };
}

/** A detector that answers each frame after a delay, with the events scripted for that frame. */
function scriptedDetector(script: Record<number, SpeechEvent[]>): SpeechDetector {
  let index = 0;
  return {
    kind: 'silero',
    process: (_frame) => {
      const events = script[index++] ?? [];
      return new Promise((resolve) => setTimeout(() => resolve(events), index % 3));
    },
  };
}

describe('hands-free speech segmenter', () => {
  it('starts the turn with the first syllable the detector heard only a few frames late, and ~300 ms before it', async () => {
    const { segmenter, turns } = record(createEnergyDetector());
    const silence = Array.from({ length: 40 }, () => frame(0.001));
    const syllable = Array.from({ length: 10 }, (_, i) => frame(0.2 + i / 1000));
    for (const f of [...silence, ...syllable]) segmenter.feed(f);
    await segmenter.idle();
    expect(turns).toHaveLength(1);
    const [turn] = turns;
    // The detector fired some frames into the syllable; the turn still begins before its onset.
    const onset = turn!.preRoll.indexOf(syllable[0]!);
    expect(onset).toBeGreaterThan(0);
    // The energy detector says start and confirmed at once, 60 ms in, so its pre-roll counts back from there.
    expect(onset * FRAME_MS).toBeGreaterThanOrEqual(250);
    expect(turn!.preRoll.slice(onset)).toEqual(syllable.slice(0, turn!.preRoll.length - onset));
    // Then every frame of the syllable follows, in order, none twice.
    expect([...turn!.preRoll.slice(onset), ...turn!.frames]).toEqual(syllable);
  });

  it('keeps frames in order through an asynchronous detector, forgets a misfire, and ends on the end of speech', async () => {
    const { segmenter, turns } = record(scriptedDetector({ 20: ['start'], 22: ['misfire'], 40: ['start'], 45: ['confirmed'], 60: ['end'] }));
    const frames = Array.from({ length: 70 }, (_, i) => frame(i / 100));
    for (const f of frames) segmenter.feed(f);
    await segmenter.idle();
    expect(turns).toHaveLength(1);
    // The pre-roll: the 10 frames before the start, then the frames up to the confirmation.
    expect(turns[0]!.preRoll).toEqual(frames.slice(40 - PRE_ROLL_FRAMES, 46));
    expect(turns[0]!.frames).toEqual(frames.slice(46, 61));
    expect(turns[0]!.ended).toBe(true);
    expect(segmenter.inTurn).toBe(false);
  });
});
