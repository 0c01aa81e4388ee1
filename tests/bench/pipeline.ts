// npm run bench:pipeline — time to first audio of a spoken turn over real WebSockets against the
// real server (a child process, embedded database), with the vendor fakes at published
// latencies: STT final 300 ms after the audio ends; LLM first token 350 ms then 20 ms a token;
// TTS first byte 150 ms; a three-sentence reply of ~60 tokens. Prints one JSON object.
import { SentenceSplitter } from '../../server/text/sentences';
import { sinePcm16, wavFile } from '../fakes/audio';
import { tokenize } from '../fakes/harness';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';
import { startServerProcess } from '../support/server-process';
import { BENCH_REPLY, LATENCY, startPublishedFakes } from './published-fakes';
import { percentile } from './stats';

const { sttMs: STT_MS, llmFirstTokenMs: LLM_FIRST_TOKEN_MS, llmPerTokenMs: LLM_PER_TOKEN_MS, ttsFirstByteMs: TTS_FIRST_BYTE_MS, ttsPerChunkMs: TTS_PER_CHUNK_MS, ttsCharsPerChunk: TTS_CHARS_PER_CHUNK } = LATENCY;
const REPLY = BENCH_REPLY;
const RECORDING = wavFile(sinePcm16(1.5, 16_000), 16_000);

const args = process.argv.slice(2);
const levelsArg = args.includes('--levels') ? args[args.indexOf('--levels') + 1]! : '1,50,200';
const levels = levelsArg.split(',').map(Number);
// --postgres: run the server on the PostgreSQL of TEST_DATABASE_URL (a fresh database) instead of PGlite.
const onPostgres = args.includes('--postgres');

function floorAndSequential() {
  const tokens = tokenize(REPLY);
  const splitter = new SentenceSplitter();
  let tokensToFirstSentence = 0;
  let firstSentence = '';
  for (const token of tokens) {
    tokensToFirstSentence++;
    const done = splitter.push(token);
    if (done.length > 0) {
      firstSentence = done[0]!;
      break;
    }
  }
  // The sentence is complete when the token after its full stop arrives.
  const llmToFirstSentence = LLM_FIRST_TOKEN_MS + (tokensToFirstSentence - 1) * LLM_PER_TOKEN_MS;
  const floorMs = STT_MS + llmToFirstSentence + TTS_FIRST_BYTE_MS;
  const wholeLlm = LLM_FIRST_TOKEN_MS + (tokens.length - 1) * LLM_PER_TOKEN_MS;
  const wholeTts = TTS_FIRST_BYTE_MS + Math.ceil(REPLY.length / TTS_CHARS_PER_CHUNK) * TTS_PER_CHUNK_MS;
  return { floorMs, sequentialMs: STT_MS + wholeLlm + wholeTts, replyTokens: tokens.length, firstSentence };
}

async function runLevel(url: string, concurrency: number, rssMb: () => number, cpuMs: () => number) {
  const post = async (path: string, body: unknown, token?: string) =>
    (await (
      await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json()) as Record<string, unknown>;
  const clients = await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const { token } = (await post('/api/auth/register', { email: `bench-${concurrency}-${i}-${Date.now()}@example.com`, password: 'benchmark-password' })) as { token: string };
      const session = (await post('/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token)) as { id: string };
      const socket = await TestSocket.open(`${url.replace('http', 'ws')}/ws/conversation/${session.id}`);
      socket.send({ type: 'auth', token });
      await socket.waitFor('ready', 0, 60_000);
      return socket;
    }),
  );
  let peakRss = rssMb();
  const cpuBefore = cpuMs();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 100);
  let errors = 0;
  const ttfa: number[] = [];
  await Promise.all(
    clients.map(async (socket) => {
      const from = socket.events.length;
      socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav' });
      for (let i = 0; i < RECORDING.length; i += 16_384) socket.ws.send(RECORDING.subarray(i, i + 16_384));
      const endedAt = performance.now();
      socket.send({ type: 'turn.audio.end' });
      let firstAudioAt: number | null = null;
      const onMessage = (data: Buffer) => {
        if (firstAudioAt === null && data.includes('"type":"audio"') && !data.includes('"data":""')) firstAudioAt = performance.now();
      };
      socket.ws.on('message', onMessage);
      try {
        await socket.waitFor('turn.done', from, 60_000);
        const failures = socket.events.slice(from).filter((e) => e.type === 'error' || e.type === 'notice');
        const failed = failures.length > 0;
        if (failed && process.env.BENCH_DEBUG) console.error(JSON.stringify(failures));
        if (failed || firstAudioAt === null) errors++;
        else ttfa.push(firstAudioAt - endedAt);
      } catch {
        errors++;
      } finally {
        socket.ws.off('message', onMessage);
        socket.close();
      }
    }),
  );
  clearInterval(sampler);
  return { concurrency, ttfa, errors, rssMb: peakRss, serverCpuMsPerTurn: Math.round((cpuMs() - cpuBefore) / concurrency) };
}

const fakes = await startPublishedFakes();
const database = onPostgres ? await testDatabases.find((d) => d.name === 'postgres')?.create() : undefined;
if (onPostgres && !database) throw new Error('--postgres needs TEST_DATABASE_URL');
const server = await startServerProcess({
  DATA_DIR: `/tmp/vea-bench-${process.pid}`,
  ...(database?.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  ...fakes.env,
});
const { floorMs, sequentialMs, replyTokens } = floorAndSequential();
const results = [];
try {
  // One turn first so that compilation and caches warm up outside the measurement.
  await runLevel(server.url, 1, () => server.rssMb(), () => server.cpuMs());
  for (const concurrency of levels) {
    const level = await runLevel(server.url, concurrency, () => server.rssMb(), () => server.cpuMs());
    const p50 = percentile(level.ttfa, 50);
    const p95 = percentile(level.ttfa, 95);
    results.push({
      concurrency,
      ttfaMs: { p50, p95 },
      floorMs,
      overheadMs: { p50: Math.round((p50 - floorMs) * 10) / 10, p95: Math.round((p95 - floorMs) * 10) / 10 },
      sequentialMs,
      errors: level.errors,
      rssMb: level.rssMb,
      serverCpuMsPerTurn: level.serverCpuMsPerTurn,
    });
  }
} finally {
  await server.stop();
  await fakes.close();
  await database?.drop();
}
console.log(JSON.stringify({ database: onPostgres ? 'postgres' : 'pglite', replyTokens, levels: results }, null, 2));
process.exit(0);
