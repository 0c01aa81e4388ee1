// Hands-free end of turn on the endpointing fixtures (tests/fixtures/endpointing, recordings with
// mid-sentence pauses and where their speech really ends): the panel's own detector code
// (extension/voice: Silero VAD v5 through vad-web's frame processor with ENDPOINT_VAD_OPTIONS, the
// speech segmenter, the 16 kHz framing) run in Node on onnxruntime-web's WebAssembly, the same
// runtime the panel loads. Prints JSON: false endpoints (the turn ended during the speech, at a
// pause), missed endpoints (no end within MISSED_AFTER_MS of the real end) and the delay of the
// others; the energy detector (the fallback) is measured the same way beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { Silero } from '@ricky0123/vad-web/dist/models/silero';
import { readWavLayout } from '../../server/media/riff-wav';
import { ENDPOINT_VAD_OPTIONS, PRE_ROLL_FRAMES } from '../../extension/voice/endpointing';
import { createResampler, FRAME_MS } from '../../extension/voice/pcm-frames';
import { createSileroDetector } from '../../extension/voice/silero-detector';
import { createEnergyDetector, type SpeechDetector } from '../../extension/voice/speech-detector';
import { createSpeechSegmenter } from '../../extension/voice/speech-segmenter';
import { VAD_ASSETS } from '../../extension/voice/vad-assets';
import { summarize } from './stats';

const DIR = 'tests/fixtures/endpointing';
const MISSED_AFTER_MS = 1500;

interface Recording {
  file: string;
  speechEndMs: number;
  pauses: { startMs: number; endMs: number }[];
}

function samplesOf(file: string): Float32Array {
  const bytes = readFileSync(join(DIR, file));
  const layout = readWavLayout(bytes);
  if (layout?.format?.sampleRate !== 16_000 || layout.format.channels !== 1 || layout.dataOffset === null) throw new Error(`${file}: not 16 kHz mono PCM`);
  const pcm = new Int16Array(bytes.buffer.slice(bytes.byteOffset + layout.dataOffset, bytes.byteOffset + layout.dataOffset + layout.dataBytes));
  return Float32Array.from(pcm, (s) => s / 0x8000);
}

/** When (ms from the start) the segmenter opened and ended turns on this recording. */
async function endpoints(samples: Float32Array, detector: SpeechDetector): Promise<{ starts: number[]; ends: number[] }> {
  const starts: number[] = [];
  const ends: number[] = [];
  let frames = 0;
  const segmenter = createSpeechSegmenter({
    detector,
    preRollFrames: PRE_ROLL_FRAMES,
    onTurnStart: () => starts.push(frames * FRAME_MS),
    onFrame: () => undefined,
    onTurnEnd: () => ends.push(frames * FRAME_MS),
    onError: (error) => {
      throw error;
    },
  });
  const resampler = createResampler(16_000);
  // Fed as the audio thread hands samples over, 1024 at a time.
  for (let at = 0; at < samples.length; at += 1024) {
    for (const frame of resampler.push(samples.subarray(at, at + 1024))) {
      segmenter.feed(frame);
      await segmenter.idle();
      frames += 1;
    }
  }
  return { starts, ends };
}

function judge(recording: Recording, found: { starts: number[]; ends: number[] }) {
  const early = found.ends.filter((end) => end < recording.speechEndMs);
  const final = found.ends.find((end) => end >= recording.speechEndMs);
  const outcome = early.length > 0 ? 'false-endpoint' : final === undefined || final - recording.speechEndMs > MISSED_AFTER_MS ? 'missed' : 'ok';
  return { file: recording.file, outcome, endedAtMs: found.ends, speechEndMs: recording.speechEndMs, delayMs: final === undefined ? null : Math.round(final - recording.speechEndMs) };
}

async function measure(name: string, recordings: Recording[], detector: () => Promise<SpeechDetector>) {
  const results = [];
  for (const recording of recordings) results.push(judge(recording, await endpoints(samplesOf(recording.file), await detector())));
  const ok = results.filter((r) => r.outcome === 'ok');
  const delays = ok.map((r) => r.delayMs!);
  return {
    detector: name,
    recordings: results.length,
    falseEndpoints: results.filter((r) => r.outcome === 'false-endpoint').length,
    missedEndpoints: results.filter((r) => r.outcome === 'missed').length,
    meanEndpointDelayMs: delays.length ? Math.round(delays.reduce((a, b) => a + b, 0) / delays.length) : null,
    endpointDelayMs: summarize(delays),
    wrong: results.filter((r) => r.outcome !== 'ok'),
  };
}

const { recordings } = JSON.parse(readFileSync(join(DIR, 'endpoints.json'), 'utf8')) as { recordings: Recording[] };
const require = createRequire(import.meta.url);
const modelBytes = readFileSync(require.resolve(VAD_ASSETS.model.from));
ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';
const silencedLog = console.log;
// vad-web logs each model load at debug level; the output is JSON only.
console.log = (...args: unknown[]) => (String(args[0]).startsWith('VAD |') ? undefined : silencedLog(...args));
const silero = await measure('silero-vad-v5', recordings, async () =>
  createSileroDetector(await Silero.new(ort, () => Promise.resolve(modelBytes.buffer.slice(modelBytes.byteOffset, modelBytes.byteOffset + modelBytes.byteLength)))),
);
// How the redemption time trades false endpoints for delay (the panel uses ENDPOINT_VAD_OPTIONS).
const sweep = [];
for (const redemptionMs of [700, 900]) {
  const run = await measure(`silero-vad-v5, redemptionMs ${redemptionMs}`, recordings, async () =>
    createSileroDetector(await Silero.new(ort, () => Promise.resolve(modelBytes.buffer.slice(modelBytes.byteOffset, modelBytes.byteOffset + modelBytes.byteLength))), { ...ENDPOINT_VAD_OPTIONS, redemptionMs }),
  );
  sweep.push({ redemptionMs, falseEndpoints: run.falseEndpoints, missedEndpoints: run.missedEndpoints, meanEndpointDelayMs: run.meanEndpointDelayMs });
}
const energy = await measure('energy (fallback)', recordings, () => Promise.resolve(createEnergyDetector()));
console.log = silencedLog;
console.log(
  JSON.stringify({
    fixtures: DIR,
    missedAfterMs: MISSED_AFTER_MS,
    frameMs: FRAME_MS,
    settings: ENDPOINT_VAD_OPTIONS,
    pausesMs: { min: Math.min(...recordings.flatMap((r) => r.pauses.map((p) => p.endMs - p.startMs))), max: Math.max(...recordings.flatMap((r) => r.pauses.map((p) => p.endMs - p.startMs))) },
    results: [silero, energy],
    redemptionSweep: sweep,
  }),
);
