// The time to first audio no server can beat with the fakes at published latencies: speech-to-text,
// then the tutor's tokens up to the end of its first spoken piece, then the voice's first byte. What
// a benchmark measures above it is the server's overhead. The batch path speaks the first sentence
// first (transcription 300 ms after the recording, voice 150 ms); the streamed path its first clause
// (final transcript 150 ms after the speech, voice 75 ms model time + 25 ms network).
import { SpokenPieceSplitter } from '../../server/text/first-clause';
import { tokenize } from '../fakes/harness';
import { BENCH_REPLY, LATENCY, STREAMED_LATENCY } from './published-fakes';
import type { TurnPath } from './spoken-turns';

/** Tokens of the reply until its first spoken piece is complete (the piece's last token). */
export function tokensToFirstPiece(firstClauseAtOnce: boolean): number {
  const splitter = new SpokenPieceSplitter({ firstClauseAtOnce });
  let count = 0;
  for (const token of tokenize(BENCH_REPLY)) {
    count++;
    if (splitter.push(token).length > 0) return count;
  }
  return count;
}

/** The vendors' part of a turn on each path: the final transcript, the reply's first piece, the voice's first byte. */
export function vendorTimesOf(path: TurnPath) {
  const streamed = path === 'streamed';
  return {
    sttMs: streamed ? STREAMED_LATENCY.finalAfterSpeechMs : LATENCY.sttMs,
    // The piece is complete when its last token arrives (the first clause on its mark).
    llmToFirstPieceMs: LATENCY.llmFirstTokenMs + (tokensToFirstPiece(streamed) - 1) * LATENCY.llmPerTokenMs,
    ttsMs: streamed ? STREAMED_LATENCY.ttsModelMs + STREAMED_LATENCY.ttsNetworkMs : LATENCY.ttsFirstByteMs,
  };
}

export function firstAudioFloorMs(path: TurnPath = 'batch'): number {
  const { sttMs, llmToFirstPieceMs, ttsMs } = vendorTimesOf(path);
  return sttMs + llmToFirstPieceMs + ttsMs;
}
