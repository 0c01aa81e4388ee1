// The hands-free end of turn the panel runs (Silero VAD v5 with ENDPOINT_VAD_OPTIONS, through the
// speech segmenter), on the endpointing recordings with the longest mid-sentence pauses: the turn
// must not end at the pause, and must end soon after the speech. npm run bench:endpointing
// measures all of them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as ort from 'onnxruntime-web';
import { Silero } from '@ricky0123/vad-web/dist/models/silero';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRE_ROLL_FRAMES } from './endpointing';
import { createResampler, FRAME_MS } from './pcm-frames';
import { createSileroDetector, type SpeechModel } from './silero-detector';
import { createSpeechSegmenter } from './speech-segmenter';
import { VAD_ASSETS } from './vad-assets';

const DIR = 'tests/fixtures/endpointing';
const { recordings } = JSON.parse(readFileSync(`${DIR}/endpoints.json`, 'utf8')) as {
  recordings: { file: string; speechEndMs: number; pauses: { startMs: number; endMs: number }[] }[];
};
const longestPause = (r: (typeof recordings)[number]) => Math.max(...r.pauses.map((p) => p.endMs - p.startMs));
const hardest = [...recordings].sort((a, b) => longestPause(b) - longestPause(a)).slice(0, 3);

/** The samples of a 16 kHz mono 16-bit WAV (the fixtures'), from its `data` chunk. */
function samplesOf(file: string): Float32Array {
  const bytes = readFileSync(`${DIR}/${file}`);
  let offset = 12;
  while (bytes.toString('ascii', offset, offset + 4) !== 'data') offset += 8 + bytes.readUInt32LE(offset + 4);
  const start = bytes.byteOffset + offset + 8;
  return Float32Array.from(new Int16Array(bytes.buffer.slice(start, start + bytes.readUInt32LE(offset + 4))), (s) => s / 0x8000);
}

let model: SpeechModel;
beforeAll(async () => {
  const bytes = readFileSync(createRequire(import.meta.url).resolve(VAD_ASSETS.model.from));
  ort.env.wasm.numThreads = 1;
  model = await Silero.new(ort, () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
}, 30_000);

/** Plays a recording through the panel's segmenter; when (ms from the start) it heard pauses and turn ends. */
async function segment(file: string) {
  const pauses: number[] = [];
  const ends: number[] = [];
  let frames = 0;
  const segmenter = createSpeechSegmenter({
    detector: createSileroDetector(model),
    preRollFrames: PRE_ROLL_FRAMES,
    onTurnStart: () => undefined,
    onFrame: () => undefined,
    onPause: () => pauses.push(frames * FRAME_MS),
    onTurnEnd: () => ends.push(frames * FRAME_MS),
    onError: (error) => {
      throw error;
    },
  });
  const resampler = createResampler(16_000);
  for (const frame of resampler.push(samplesOf(file))) {
    segmenter.feed(frame);
    await segmenter.idle();
    frames += 1;
  }
  return { pauses, ends };
}

describe('hands-free end of turn with Silero VAD', () => {
  it.each(hardest.map((r) => [r.file, longestPause(r), r] as const))('%s: one turn through its %i ms pause, ended within 1.5 s of the speech', async (_file, _pause, recording) => {
    const { ends } = await segment(recording.file);
    expect(ends).toHaveLength(1);
    expect(ends[0]!).toBeGreaterThan(recording.speechEndMs);
    expect(ends[0]! - recording.speechEndMs).toBeLessThan(1500);
  }, 30_000);

  it.each(hardest.map((r) => [r.file, r] as const))('%s: says the learner stopped at the pause and at the end, soon after each, before the turn ends', async (_file, recording) => {
    const { pauses, ends } = await segment(recording.file);
    const soonAfter = (at: number) => pauses.some((p) => p >= at - 100 && p <= at + 400);
    for (const pause of recording.pauses) expect(soonAfter(pause.startMs)).toBe(true);
    expect(soonAfter(recording.speechEndMs)).toBe(true);
    expect(Math.max(...pauses)).toBeLessThan(ends[0]!);
  }, 30_000);
});
