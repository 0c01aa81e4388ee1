import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TurnTimer } from './turn-timer';

describe('TurnTimer', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => vi.useRealTimers());

  it('times each stage from its own start, and only the first token and the first audio', () => {
    const timer = new TurnTimer();
    vi.advanceTimersByTime(10);
    timer.sttStarted();
    vi.advanceTimersByTime(300);
    timer.sttFinished();
    timer.llmStarted();
    vi.advanceTimersByTime(200);
    timer.llmPiece();
    vi.advanceTimersByTime(50);
    timer.llmPiece();
    timer.ttsStarted();
    vi.advanceTimersByTime(100);
    timer.ttsStarted();
    vi.advanceTimersByTime(150);
    timer.audioSent();
    vi.advanceTimersByTime(400);
    timer.audioSent();
    expect(timer.finish()).toEqual({ stt: 300, llm_first_token: 200, tts_first_byte: 250, time_to_first_audio: 810, turn: 1210 });
  });

  it('leaves out the stages a turn never reached', () => {
    const timer = new TurnTimer();
    timer.llmStarted();
    vi.advanceTimersByTime(30);
    expect(timer.finish()).toEqual({ turn: 30 });
  });
});
