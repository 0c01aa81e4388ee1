// The vendor fakes at the latencies the vendors publish in their documentation, for the benchmarks: STT final
// 300 ms after the audio ends; LLM first token 350 ms then 20 ms a token; TTS first byte 150 ms;
// a three-sentence reply of ~60 tokens. The streamed path (startStreamedFakes): Scribe Realtime's
// final transcript 150 ms after the end of speech, its interims trailing the audio by 200 ms; the
// same LLM; TTS first byte 75 ms model time plus 25 ms network on a warm connection (one round
// trip inside the vendor's region, no handshake).
import { startFakeElevenLabs } from '../fakes/elevenlabs';
import { startFakeOpenAi } from '../fakes/openai';

export const LATENCY = {
  sttMs: 300,
  llmFirstTokenMs: 350,
  llmPerTokenMs: 20,
  ttsFirstByteMs: 150,
  ttsPerChunkMs: 40,
  ttsCharsPerChunk: 24,
} as const;

export const STREAMED_LATENCY = {
  finalAfterSpeechMs: 150,
  interimLagMs: 200,
  ttsModelMs: 75,
  ttsNetworkMs: 25,
} as const;

export const BENCH_REPLY =
  'That is a great point about the robots, which now help older farmers plant their rice in flooded fields. ' +
  'The article says the machines save many hours of hard work every week, and the government pays half of the price. ' +
  'Do you think young people would stay in the villages if farming became easier with robots like these?';

/**
 * What the benchmark's learners say: one sentence each, all of the same shape and length (11
 * words, the same mistakes), but different words, so that no learner's check is another's
 * remembered answer (server/learning/checker/recent-checks.ts).
 */
const PLACES = ['farm', 'market', 'village', 'museum', 'station', 'library', 'harbor', 'factory', 'school', 'river', 'garden', 'bakery', 'stadium', 'hospital', 'airport', 'temple', 'beach', 'forest', 'castle', 'zoo'];
const THINGS = ['robot', 'tractor', 'drone', 'machine', 'worker', 'tourist', 'student', 'bird', 'boat', 'truck', 'camera', 'farmer'];
export const SPOKEN_SENTENCES = PLACES.flatMap((place) => THINGS.map((thing) => `Yesterday I go to the ${place} and I see many ${thing}.`));
const SPOKEN = SPOKEN_SENTENCES[0]!;

/** The fakes and the server environment that points at them; `streamed` adds Scribe Realtime and the faster voice. */
async function startFakes(streamed: boolean) {
  const [openai, elevenlabs] = await Promise.all([
    startFakeOpenAi({
      knobs: {
        ttfbMsByPath: { '/audio/transcriptions': LATENCY.sttMs, '/chat/completions': LATENCY.llmFirstTokenMs },
        perTokenMs: LATENCY.llmPerTokenMs,
        replyText: BENCH_REPLY,
        transcript: SPOKEN,
        transcripts: SPOKEN_SENTENCES,
      },
    }),
    startFakeElevenLabs({
      knobs: {
        ttfbMs: streamed ? STREAMED_LATENCY.ttsModelMs + STREAMED_LATENCY.ttsNetworkMs : LATENCY.ttsFirstByteMs,
        perTokenMs: LATENCY.ttsPerChunkMs,
        charactersPerChunk: LATENCY.ttsCharsPerChunk,
        ...(streamed
          ? { realtimeTranscript: SPOKEN, realtimeTranscripts: SPOKEN_SENTENCES, partialLagMs: STREAMED_LATENCY.interimLagMs, commitMs: STREAMED_LATENCY.finalAfterSpeechMs, wordsPerSecond: 7 }
          : {}),
      },
    }),
  ]);
  return {
    env: {
      OPENAI_API_KEY: 'bench',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      ELEVENLABS_API_KEY: 'bench',
      ELEVENLABS_BASE_URL: elevenlabs.url,
      ...(streamed ? { STREAMING_STT: 'elevenlabs' } : {}),
      // Benchmark learners talk far more than a real one may; the cost limits would refuse them.
      TURNS_PER_MINUTE: '0',
      AUDIO_SEC_PER_DAY: '0',
    },
    close: () => Promise.all([openai.close(), elevenlabs.close()]),
  };
}

export const startPublishedFakes = () => startFakes(false);

/** The streamed path's fakes: the same LLM, Scribe Realtime on the ElevenLabs fake, the faster voice. */
export const startStreamedFakes = () => startFakes(true);
