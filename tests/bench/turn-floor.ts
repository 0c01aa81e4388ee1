// The time to first audio no server can beat with the fakes at published latencies: speech-to-text,
// then the tutor's tokens up to the end of the first sentence, then the voice's first byte. What
// a benchmark measures above it is the server's overhead.
import { SentenceSplitter } from '../../server/text/sentences';
import { tokenize } from '../fakes/harness';
import { BENCH_REPLY, LATENCY } from './published-fakes';

export function firstAudioFloorMs(): number {
  const splitter = new SentenceSplitter();
  let tokensToFirstSentence = 0;
  for (const token of tokenize(BENCH_REPLY)) {
    tokensToFirstSentence++;
    if (splitter.push(token).length > 0) break;
  }
  // The sentence is complete when the token after its full stop arrives.
  return LATENCY.sttMs + LATENCY.llmFirstTokenMs + (tokensToFirstSentence - 1) * LATENCY.llmPerTokenMs + LATENCY.ttsFirstByteMs;
}
