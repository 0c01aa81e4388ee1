import { describe, expect, it, vi } from 'vitest';
import type { RecordingHandlers } from './audio-recorder';
import type { RecognizerHandlers } from './speech-recognition';
import type { SpokenTurn, StreamedTurn, TutorController } from '../conversation/tutor-controller';
import { FRAME_SAMPLES } from './pcm-frames';
import { PRE_ROLL_FRAMES } from './endpointing';
import { pcmListening } from './pcm-listening';
import type { SpeechDetector, SpeechEvent } from './speech-detector';
import { createVoiceInput, type VoiceInputState } from './voice-input';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A frame of the fake microphone: every sample is `level` (loud is speech for the energy detector). */
const frame = (level: number) => new Float32Array(FRAME_SAMPLES).fill(level);
const firstSample = (pcm: ArrayBuffer) => new Int16Array(pcm)[0]! / 0x7fff;

/** Stands in for Silero VAD: the events it reports after each frame, by the frame's index. */
function scriptedDetector(script: Record<number, SpeechEvent[]>): SpeechDetector {
  let index = 0;
  return { kind: 'silero', process: () => Promise.resolve(script[index++] ?? []) };
}

function setUp(options: { sttLive: boolean; streaming?: boolean; micError?: Error; detector?: () => Promise<SpeechDetector> }) {
  const track = { stop: vi.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const turns: { mimeType: string; chunks: Blob[]; ended: string | null }[] = [];
  const controller = {
    sendText: vi.fn(() => true),
    bargeIn: vi.fn(),
    startSpokenTurn: vi.fn((mimeType: string): SpokenTurn => {
      const turn = { mimeType, chunks: [] as Blob[], ended: null as string | null };
      turns.push(turn);
      return { send: (chunk) => turn.chunks.push(chunk), end: (heard) => (turn.ended = heard) };
    }),
    startStreamedTurn: vi.fn((): StreamedTurn => {
      const turn = { frames: [] as ArrayBuffer[], ended: false, pausedAfterFrames: [] as number[] };
      streamed.push(turn);
      return { send: (pcm) => turn.frames.push(pcm), pause: () => turn.pausedAfterFrames.push(turn.frames.length), end: () => (turn.ended = true) };
    }),
  } as unknown as TutorController;
  const streamed: { frames: ArrayBuffer[]; ended: boolean; pausedAfterFrames: number[] }[] = [];
  let recorder: RecordingHandlers | null = null;
  let recorderStarts = 0;
  let recognizer: RecognizerHandlers | null = null;
  const recognizerCalls: string[] = [];
  let onFrame: ((frame: Float32Array) => void) | null = null;
  const states: VoiceInputState[] = [];
  const input = createVoiceInput({
    controller: () => controller,
    sttLive: () => options.sttLive,
    streaming: () => options.streaming ?? false,
    createRecognizer: (handlers) => {
      recognizer = handlers;
      return { start: (handsFree) => recognizerCalls.push(handsFree ? 'start hands-free' : 'start'), stop: () => recognizerCalls.push('stop') };
    },
    openMicrophone: vi.fn(() => (options.micError ? Promise.reject(options.micError) : Promise.resolve(stream))),
    startRecording: (_stream, handlers) => {
      recorder = handlers;
      recorderStarts += 1;
      return { mimeType: 'audio/webm;codecs=opus', stop: () => handlers.onStop() };
    },
    loadListening: () =>
      Promise.resolve({
        ...pcmListening,
        capturePcm: (_stream, listener) => {
          onFrame = listener;
          return Promise.resolve(() => (onFrame = null));
        },
        loadDetector: options.detector ?? (() => Promise.resolve(scriptedDetector({}))),
      }),
    onLiveTranscript: vi.fn(),
    onState: (state) => states.push(state),
    onError: vi.fn(),
  });
  return {
    input,
    controller,
    turns,
    streamed,
    track,
    states,
    recognizerCalls,
    recorder: () => recorder!,
    recorderStarts: () => recorderStarts,
    recognizer: () => recognizer!,
    /** Plays frames into the microphone and waits until the detector has read them. */
    play: async (frames: Float32Array[]) => {
      for (const f of frames) onFrame?.(f);
      await flush();
    },
    capturing: () => onFrame !== null,
  };
}

describe('voice input', () => {
  it('push-to-talk with live speech-to-text streams the recording as a spoken turn', async () => {
    const ctx = setUp({ sttLive: true });
    ctx.input.press();
    expect(ctx.controller.bargeIn).toHaveBeenCalled();
    await flush();
    expect(ctx.turns).toEqual([{ mimeType: 'audio/webm;codecs=opus', chunks: [], ended: null }]);
    const slice = new Blob(['opus']);
    ctx.recorder().onChunk(slice);
    ctx.recognizer().onInterim('I has visit');
    ctx.recognizer().onInterim('');
    ctx.input.release();
    expect(ctx.turns[0]).toEqual({ mimeType: 'audio/webm;codecs=opus', chunks: [slice], ended: 'I has visit' });
    expect(ctx.controller.sendText).not.toHaveBeenCalled();
    await flush();
    expect(ctx.track.stop).toHaveBeenCalled();
    expect(ctx.states.at(-1)).toMatchObject({ listening: false });
  });

  it('a tap released before the microphone opens records nothing', async () => {
    const ctx = setUp({ sttLive: true });
    ctx.input.press();
    ctx.input.release();
    await flush();
    expect(ctx.turns).toEqual([]);
  });

  it('with offline speech-to-text the browser recognizer sends its text as a typed turn', () => {
    const ctx = setUp({ sttLive: false });
    ctx.input.press();
    expect(ctx.recognizerCalls).toEqual(['start']);
    ctx.recognizer().onFinal('I likes bees');
    expect(ctx.controller.sendText).toHaveBeenCalledWith('I likes bees');
    expect(ctx.controller.startSpokenTurn).not.toHaveBeenCalled();
  });

  it('hands-free without streaming records from the first speech frame, opens the turn once speech is confirmed, ends it at the end, then listens again', async () => {
    const script = { 5: ['start'], 8: ['misfire'], 20: ['start'], 26: ['confirmed'], 60: ['end'], 70: ['start'], 78: ['confirmed'] } as const;
    const ctx = setUp({ sttLive: true, detector: () => Promise.resolve(scriptedDetector(script as unknown as Record<number, SpeechEvent[]>)) });
    ctx.input.setHandsFree(true);
    await flush();
    await flush();
    expect(ctx.states.at(-1)).toMatchObject({ handsFree: true, listening: true, vadFallback: false });
    // A noise: recorded for a moment, never a turn, the tutor not interrupted.
    await ctx.play(Array.from({ length: 6 }, () => frame(0.2)));
    expect(ctx.recorderStarts()).toBe(1);
    await ctx.play(Array.from({ length: 15 }, () => frame(0.01)));
    expect(ctx.turns).toHaveLength(0);
    expect(ctx.controller.bargeIn).not.toHaveBeenCalled();
    // Speech: the recorder starts at its first frame; what it records before the confirmation is in the turn.
    expect(ctx.recorderStarts()).toBe(2);
    const first = new Blob(['webm header and the first syllable']);
    ctx.recorder().onChunk(first);
    await ctx.play(Array.from({ length: 6 }, () => frame(0.2)));
    expect(ctx.controller.bargeIn).toHaveBeenCalled();
    expect(ctx.turns).toHaveLength(1);
    expect(ctx.turns[0]!.chunks).toEqual([first]);
    ctx.recorder().onChunk(new Blob(['opus']));
    expect(ctx.turns[0]!.chunks).toHaveLength(2);
    // A mid-sentence pause the detector does not call the end continues the turn.
    await ctx.play(Array.from({ length: 33 }, () => frame(0.01)));
    expect(ctx.turns[0]!.ended).toBeNull();
    await ctx.play([frame(0.01)]);
    expect(ctx.turns[0]!.ended).toBe('');
    await ctx.play(Array.from({ length: 19 }, () => frame(0.2)));
    expect(ctx.turns).toHaveLength(2);
    expect(ctx.controller.startStreamedTurn).not.toHaveBeenCalled();
    ctx.input.setHandsFree(false);
    expect(ctx.capturing()).toBe(false);
    expect(ctx.turns[1]!.ended).toBe('');
  });

  it('hands-free on a streaming server streams PCM from ~300 ms before speech began until its end', async () => {
    const ctx = setUp({ sttLive: true, streaming: true, detector: () => Promise.resolve(scriptedDetector({ 30: ['start'], 37: ['confirmed'], 50: ['end'] })) });
    ctx.input.setHandsFree(true);
    await flush();
    await flush();
    // Frame i carries the level i/1000, so the frames that arrive are known by their first sample.
    const frames = Array.from({ length: 60 }, (_, i) => frame(i / 1000));
    await ctx.play(frames);
    expect(ctx.turns).toHaveLength(0);
    expect(ctx.streamed).toHaveLength(1);
    const sent = ctx.streamed[0]!.frames.map(firstSample);
    // Everything from PRE_ROLL_FRAMES frames before the first speech frame to the end, in order.
    expect(sent.map((level) => Math.round(level * 1000))).toEqual(Array.from({ length: 51 - (30 - PRE_ROLL_FRAMES) }, (_, i) => 30 - PRE_ROLL_FRAMES + i));
    expect(ctx.streamed[0]!.frames.every((pcm) => pcm.byteLength === FRAME_SAMPLES * 2)).toBe(true);
    expect(ctx.streamed[0]!.ended).toBe(true);
    expect(ctx.controller.bargeIn).toHaveBeenCalled();
  });

  it('hands-free tells the streamed turn each time the learner stops speaking, after the frames before it', async () => {
    const ctx = setUp({ sttLive: true, streaming: true, detector: () => Promise.resolve(scriptedDetector({ 30: ['start'], 37: ['confirmed'], 42: ['pause'], 45: ['pause'], 50: ['end'] })) });
    ctx.input.setHandsFree(true);
    await flush();
    await flush();
    await ctx.play(Array.from({ length: 60 }, (_, i) => frame(i / 1000)));
    // Frames 20..42 were sent when the pause at frame 42 was read (pre-roll from frame 20).
    expect(ctx.streamed[0]!.pausedAfterFrames).toEqual([42 - (30 - PRE_ROLL_FRAMES) + 1, 45 - (30 - PRE_ROLL_FRAMES) + 1]);
    expect(ctx.streamed[0]!.ended).toBe(true);
  });

  it('falls back to the energy detector, and says so, when Silero VAD cannot load', async () => {
    const ctx = setUp({ sttLive: true, streaming: true, detector: () => Promise.reject(new Error('no wasm')) });
    ctx.input.setHandsFree(true);
    await flush();
    await flush();
    expect(ctx.states.at(-1)).toMatchObject({ handsFree: true, listening: true, vadFallback: true });
    await ctx.play(Array.from({ length: 20 }, () => frame(0.001)));
    await ctx.play(Array.from({ length: 20 }, () => frame(0.2)));
    expect(ctx.streamed).toHaveLength(1);
    await ctx.play(Array.from({ length: 40 }, () => frame(0.001)));
    // The first quiet frame is the pause; the turn ends after the energy detector's hangover.
    expect(ctx.streamed[0]!.pausedAfterFrames).toHaveLength(1);
    expect(ctx.streamed[0]!.ended).toBe(true);
  });

  it('push-to-talk on a streaming server streams frames while the button is held', async () => {
    const ctx = setUp({ sttLive: true, streaming: true });
    ctx.input.press();
    await flush();
    await ctx.play([frame(0.1), frame(0.2)]);
    ctx.input.release();
    expect(ctx.streamed).toHaveLength(1);
    expect(ctx.streamed[0]!.frames.map(firstSample).map((v) => Math.round(v * 10))).toEqual([1, 2]);
    expect(ctx.streamed[0]!.ended).toBe(true);
    expect(ctx.turns).toEqual([]);
    expect(ctx.capturing()).toBe(false);
    await flush();
    expect(ctx.track.stop).toHaveBeenCalled();
  });

  it('explains a missing microphone permission', async () => {
    const ctx = setUp({ sttLive: true, micError: Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }) });
    ctx.input.press();
    await flush();
    expect(ctx.states.at(-1)).toMatchObject({ needsPermission: true, listening: false });
    expect(ctx.turns).toEqual([]);
  });
});
