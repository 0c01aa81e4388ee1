import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordingHandlers } from '../voice/audio-recorder';
import { createPhraseRecording, type PhraseRecordingDeps, type SpokenPhrase } from './phrase-recording';

const WAV = new Uint8Array([82, 73, 70, 70]);

function setup(overrides: Partial<PhraseRecordingDeps> = {}) {
  const track = { stop: vi.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  let recognized: ((text: string) => void) | null = null;
  let recording: RecordingHandlers | null = null;
  const toWav = vi.fn(async (_blob: Blob) => WAV);
  const recordPhrase = createPhraseRecording({
    openMicrophone: async () => stream,
    startRecording: (_stream, handlers) => {
      recording = handlers;
      handlers.onChunk(new Blob(['webm']));
      return { mimeType: 'audio/webm;codecs=opus', stop: () => handlers.onStop() };
    },
    toWav,
    recognize: (onText) => (recognized = onText),
    graceMs: 1_000,
    maxMs: 15_000,
    ...overrides,
  });
  const done = vi.fn<(spoken: SpokenPhrase) => void>();
  return { recordPhrase, done, toWav, track, recognize: (text: string) => recognized?.(text), started: () => recording !== null };
}

describe('"Say it" recording', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("records while the recognizer listens and sends its words with the WAV when they arrive", async () => {
    const { recordPhrase, done, toWav, track, recognize, started } = setup();
    recordPhrase!(done);
    await vi.waitFor(() => expect(started()).toBe(true));
    recognize('break the ice');
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith({ transcript: 'break the ice', wav: WAV }));
    expect(toWav.mock.calls[0]![0].type).toBe('audio/webm;codecs=opus');
    expect(track.stop).toHaveBeenCalled();
  });

  it('stops on a second press and waits a moment for the last words', async () => {
    const { recordPhrase, done, recognize, started } = setup();
    const stop = recordPhrase!(done);
    await vi.waitFor(() => expect(started()).toBe(true));
    stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(done).not.toHaveBeenCalled();
    recognize('break the ice');
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith({ transcript: 'break the ice', wav: WAV }));
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('sends the recording alone when the recognizer heard nothing, and stops by itself after the longest recording', async () => {
    const { recordPhrase, done, started } = setup();
    recordPhrase!(done);
    await vi.waitFor(() => expect(started()).toBe(true));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).toHaveBeenCalledWith({ transcript: '', wav: WAV });
  });

  it("falls back to the recognizer's words alone when the microphone is refused or the WAV cannot be made", async () => {
    const refused = setup({ openMicrophone: () => Promise.reject(Object.assign(new Error('denied'), { name: 'NotAllowedError' })) });
    refused.recordPhrase!(refused.done);
    await vi.advanceTimersByTimeAsync(0);
    refused.recognize('break the ice');
    expect(refused.done).toHaveBeenCalledWith({ transcript: 'break the ice', wav: null });

    const undecodable = setup({ toWav: () => Promise.reject(new Error('EncodingError')) });
    undecodable.recordPhrase!(undecodable.done);
    await vi.waitFor(() => expect(undecodable.started()).toBe(true));
    undecodable.recognize('break the ice');
    await vi.waitFor(() => expect(undecodable.done).toHaveBeenCalledWith({ transcript: 'break the ice', wav: null }));
  });

  it('is the recognizer alone without a microphone, and absent when the browser has neither', () => {
    const recognizerOnly = setup({ openMicrophone: null });
    recognizerOnly.recordPhrase!(recognizerOnly.done);
    recognizerOnly.recognize('break the ice');
    expect(recognizerOnly.done).toHaveBeenCalledWith({ transcript: 'break the ice', wav: null });
    expect(recognizerOnly.started()).toBe(false);
    expect(setup({ openMicrophone: null, recognize: null }).recordPhrase).toBeNull();
  });
});
