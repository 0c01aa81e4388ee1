import { describe, expect, it, vi } from 'vitest';
import type { RecordingHandlers } from './audio-recorder';
import type { RecognizerHandlers } from './speech-recognition';
import type { SpokenTurn, TutorController } from '../conversation/tutor-controller';
import { createVoiceInput, type VoiceInputState } from './voice-input';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(options: { sttLive: boolean; micError?: Error }) {
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
  } as unknown as TutorController;
  let recorder: RecordingHandlers | null = null;
  let recognizer: RecognizerHandlers | null = null;
  const recognizerCalls: string[] = [];
  let onLevel: ((rms: number, atMs: number) => void) | null = null;
  const states: VoiceInputState[] = [];
  const input = createVoiceInput({
    controller: () => controller,
    sttLive: () => options.sttLive,
    createRecognizer: (handlers) => {
      recognizer = handlers;
      return { start: (handsFree) => recognizerCalls.push(handsFree ? 'start hands-free' : 'start'), stop: () => recognizerCalls.push('stop') };
    },
    openMicrophone: vi.fn(() => (options.micError ? Promise.reject(options.micError) : Promise.resolve(stream))),
    startRecording: (_stream, handlers) => {
      recorder = handlers;
      return { mimeType: 'audio/webm;codecs=opus', stop: () => handlers.onStop() };
    },
    watchLevel: (_stream, listener) => {
      onLevel = listener;
      return () => (onLevel = null);
    },
    onLiveTranscript: vi.fn(),
    onState: (state) => states.push(state),
    onError: vi.fn(),
  });
  return {
    input,
    controller,
    turns,
    track,
    states,
    recognizerCalls,
    recorder: () => recorder!,
    recognizer: () => recognizer!,
    level: (rms: number, atMs: number) => onLevel?.(rms, atMs),
    watching: () => onLevel !== null,
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

  it('hands-free opens a turn when speech starts and ends it on silence, then listens again', async () => {
    const ctx = setUp({ sttLive: true });
    ctx.input.setHandsFree(true);
    await flush();
    expect(ctx.states.at(-1)).toMatchObject({ handsFree: true, listening: true });
    let t = 0;
    const speak = (rms: number, ms: number) => {
      for (const end = t + ms; t < end; t += 30) ctx.level(rms, t);
    };
    speak(0.001, 600);
    expect(ctx.turns).toHaveLength(0);
    speak(0.2, 900);
    expect(ctx.turns).toHaveLength(1);
    ctx.recorder().onChunk(new Blob(['opus']));
    speak(0.001, 500);
    expect(ctx.turns[0]!.ended).toBeNull();
    speak(0.001, 800);
    expect(ctx.turns[0]!.ended).toBe('');
    speak(0.2, 300);
    expect(ctx.turns).toHaveLength(2);
    ctx.input.setHandsFree(false);
    expect(ctx.watching()).toBe(false);
    expect(ctx.turns[1]!.ended).toBe('');
  });

  it('explains a missing microphone permission', async () => {
    const ctx = setUp({ sttLive: true, micError: Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }) });
    ctx.input.press();
    await flush();
    expect(ctx.states.at(-1)).toMatchObject({ needsPermission: true, listening: false });
    expect(ctx.turns).toEqual([]);
  });
});
