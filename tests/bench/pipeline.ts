// npm run bench:pipeline — time to first audio of a spoken turn over real WebSockets against the
// real server (a child process, embedded database), both paths in one run, side by side:
//  - batch: the whole recording after the learner stops (turn.audio.*); STT final 300 ms after the
//    audio ends; LLM first token 350 ms then 20 ms a token; TTS first byte 150 ms;
//  - streamed: PCM frames sent in real time while the learner speaks (turn.stream.*), Scribe
//    Realtime's interims trailing the audio by 200 ms and its final transcript 150 ms after the end
//    of speech; the same LLM; TTS first byte 75 ms model time + 25 ms network (warm connection).
//  - handsFree (with --paths ...,handsFree): the streamed turn as hands-free sends it: the speech,
//    the panel's pause hint (turn.stream.pause) where the voice detector hears the learner stop,
//    then its silence frames for the detector's redemption time (ENDPOINT_VAD_OPTIONS, 1.1 s)
//    before turn.stream.end. The tutor starts on the interim while the silence runs (PREEMPTIVE_REPLY).
// Each path is measured from the end of the turn (turn.audio.end / turn.stream.end) to the first
// audio byte, and has its own floor: the vendors' time alone, with no server overhead. The
// hands-free path also gives the time from the end of speech (the pause hint), which includes
// the detector's silence.
// Each learner says a sentence of their own (published-fakes.ts), the server has answered
// WARM_UP_TURNS turns before anything is measured, and a concurrency of 1 is SEQUENTIAL_SAMPLES
// turns one after another.
// Prints one JSON object.
import { ENDPOINT_VAD_OPTIONS } from '../../extension/voice/endpointing';
import { STABLE_INTERIM_MS } from '../../server/ws/audio-stream';
import { tokenize } from '../fakes/harness';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';
import { startServerProcess } from '../support/server-process';
import { BENCH_REPLY, LATENCY, startPublishedFakes, startStreamedFakes } from './published-fakes';
import { percentile } from './stats';
import { FRAME_MS, SILENCE_FRAME, SPEECH_FRAMES, SPEECH_SEC, sendInRealTime, sendRecording } from './spoken-turns';
import { vendorTimesOf } from './turn-floor';


const args = process.argv.slice(2);
const levelsArg = args.includes('--levels') ? args[args.indexOf('--levels') + 1]! : '1,50,200';
const levels = levelsArg.split(',').map(Number);
const pathsArg = args.includes('--paths') ? args[args.indexOf('--paths') + 1]! : 'batch,streamed';
// --postgres: run the server on the PostgreSQL of TEST_DATABASE_URL (a fresh database) instead of PGlite.
const onPostgres = args.includes('--postgres');

type PathName = 'batch' | 'streamed' | 'handsFree';
/** Turns (at once, each in its own session) before anything is measured. */
const WARM_UP_TURNS = 30;
/** Turns measured one after another at a concurrency of 1. */
const SEQUENTIAL_SAMPLES = 5;
const REDEMPTION_FRAMES = Math.round(ENDPOINT_VAD_OPTIONS.redemptionMs / FRAME_MS);
const SILENCE = Array.from({ length: REDEMPTION_FRAMES }, () => SILENCE_FRAME);

function floorAndSequential(path: PathName) {
  const tokens = tokenize(BENCH_REPLY);
  const { sttMs, llmToFirstPieceMs: llmToFirstPiece, ttsMs } = vendorTimesOf(path === 'batch' ? 'batch' : 'streamed');
  const wholeLlm = LATENCY.llmFirstTokenMs + (tokens.length - 1) * LATENCY.llmPerTokenMs;
  const wholeTts = ttsMs + Math.ceil(BENCH_REPLY.length / LATENCY.ttsCharsPerChunk) * LATENCY.ttsPerChunkMs;
  if (path === 'handsFree') {
    // The reply starts on the interim STABLE_INTERIM_MS into the silence (PREEMPTIVE_REPLY=on, the
    // default) and is released by the final transcript after the end of the turn: from the end,
    // whichever comes last, then the voice.
    const silenceMs = REDEMPTION_FRAMES * FRAME_MS;
    const replyReadyMs = Math.max(sttMs, STABLE_INTERIM_MS + llmToFirstPiece - silenceMs);
    return { floorMs: replyReadyMs + ttsMs, sequentialMs: Math.max(sttMs, STABLE_INTERIM_MS + wholeLlm - silenceMs) + wholeTts };
  }
  return { floorMs: sttMs + llmToFirstPiece + ttsMs, sequentialMs: sttMs + wholeLlm + wholeTts };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Sends one spoken turn; resolves with the moments the learner's speech and turn ended (performance.now()). */
async function speak(socket: TestSocket, path: PathName): Promise<{ speechEndedAt: number; endedAt: number }> {
  if (path === 'batch') {
    // The recording is made while the learner speaks and sent when they stop.
    await sleep(SPEECH_SEC * 1000);
    const endedAt = sendRecording(socket.ws);
    return { speechEndedAt: endedAt, endedAt };
  }
  socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono' });
  await sendInRealTime(socket.ws, SPEECH_FRAMES);
  const speechEndedAt = performance.now();
  if (path === 'handsFree') {
    socket.send({ type: 'turn.stream.pause' });
    await sendInRealTime(socket.ws, SILENCE);
  }
  const endedAt = performance.now();
  socket.send({ type: 'turn.stream.end' });
  return { speechEndedAt, endedAt };
}

/** The server's early-reply counters (GET /metrics, open on the loopback). */
async function earlyReplies(url: string) {
  const body = await (await fetch(`${url}/metrics`)).text();
  const count = (outcome: string) => Number(new RegExp(`videoengai_early_replies_total\\{outcome="${outcome}"\\} (\\d+)`).exec(body)?.[1] ?? 0);
  return { kept: count('kept'), discarded: count('discarded') };
}

async function runLevel(url: string, path: PathName, concurrency: number, rssMb: () => number, cpuMs: () => number) {
  // Setup requests, not measured: one retry when a kept-alive connection was closed under them.
  const post = async (route: string, body: unknown, token?: string, retried = false): Promise<Record<string, unknown>> => {
    try {
      const res = await fetch(`${url}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return (await res.json()) as Record<string, unknown>;
    } catch (error) {
      if (retried) throw error;
      return post(route, body, token, true);
    }
  };
  const clients = await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const { token } = (await post('/api/auth/register', { email: `bench-${path}-${concurrency}-${i}-${Date.now()}@example.com`, password: 'benchmark-password' })) as { token: string };
      const session = (await post('/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token)) as { id: string };
      const socket = await TestSocket.open(`${url.replace('http', 'ws')}/ws/conversation/${session.id}`);
      socket.send({ type: 'auth', token });
      const ready = await socket.waitFor('ready', 0, 60_000);
      if (path !== 'batch' && !ready.streaming) throw new Error('the streamed server takes no streamed turns');
      return socket;
    }),
  );
  let peakRss = rssMb();
  const cpuBefore = cpuMs();
  const earlyBefore = await earlyReplies(url);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 100);
  let errors = 0;
  let captions = 0;
  const ttfa: number[] = [];
  const fromSpeechEnd: number[] = [];
  await Promise.all(
    clients.map(async (socket) => {
      const from = socket.events.length;
      let firstAudioAt: number | null = null;
      const onMessage = (data: Buffer) => {
        if (firstAudioAt === null && data.includes('"type":"audio"') && !data.includes('"data":""')) firstAudioAt = performance.now();
      };
      socket.ws.on('message', onMessage);
      try {
        const { speechEndedAt, endedAt } = await speak(socket, path);
        await socket.waitFor('turn.done', from, 60_000);
        const after = socket.events.slice(from);
        captions += after.filter((e) => e.type === 'transcript.delta').length;
        const failures = after.filter((e) => e.type === 'error' || e.type === 'notice');
        const failed = failures.length > 0;
        if (failed && process.env.BENCH_DEBUG) console.error(JSON.stringify(failures));
        if (failed || firstAudioAt === null) errors++;
        else {
          ttfa.push(firstAudioAt - endedAt);
          fromSpeechEnd.push(firstAudioAt - speechEndedAt);
        }
      } catch {
        errors++;
      } finally {
        socket.ws.off('message', onMessage);
        socket.close();
      }
    }),
  );
  clearInterval(sampler);
  const earlyAfter = await earlyReplies(url);
  const early = { kept: earlyAfter.kept - earlyBefore.kept, discarded: earlyAfter.discarded - earlyBefore.discarded };
  return { ttfa, fromSpeechEnd, errors, early, captionsPerTurn: Math.round((captions / concurrency) * 10) / 10, rssMb: peakRss, serverCpuMsPerTurn: Math.round((cpuMs() - cpuBefore) / concurrency) };
}

/**
 * One level. A single session is a single sample; it takes SEQUENTIAL_SAMPLES turns, one after
 * another (each its own session), so that its p50 is not one turn's luck.
 */
async function measureLevel(url: string, path: PathName, concurrency: number, rssMb: () => number, cpuMs: () => number) {
  if (concurrency > 1) return runLevel(url, path, concurrency, rssMb, cpuMs);
  const runs: Awaited<ReturnType<typeof runLevel>>[] = [];
  for (let i = 0; i < SEQUENTIAL_SAMPLES; i++) runs.push(await runLevel(url, path, 1, rssMb, cpuMs));
  const sum = (pick: (run: (typeof runs)[number]) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    ttfa: runs.flatMap((run) => run.ttfa),
    fromSpeechEnd: runs.flatMap((run) => run.fromSpeechEnd),
    errors: sum((run) => run.errors),
    early: { kept: sum((run) => run.early.kept), discarded: sum((run) => run.early.discarded) },
    captionsPerTurn: Math.round((sum((run) => run.captionsPerTurn) / runs.length) * 10) / 10,
    rssMb: Math.max(...runs.map((run) => run.rssMb)),
    serverCpuMsPerTurn: Math.round(sum((run) => run.serverCpuMsPerTurn) / runs.length),
  };
}

async function runPath(path: PathName) {
  const fakes = path === 'batch' ? await startPublishedFakes() : await startStreamedFakes();
  const streamed = path !== 'batch';
  const database = onPostgres ? await testDatabases.find((d) => d.name === 'postgres')?.create() : undefined;
  if (onPostgres && !database) throw new Error('--postgres needs TEST_DATABASE_URL');
  const server = await startServerProcess({
    DATA_DIR: `/tmp/vea-bench-${process.pid}-${path}`,
    ...(database?.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...fakes.env,
    ...(path === 'batch' ? { STREAMING_STT: 'off' } : {}),
  });
  const { floorMs, sequentialMs } = floorAndSequential(path);
  const results = [];
  try {
    // Turns first so that compilation warms up outside the measurement, as on a server that has
    // been answering for a while: one turn alone left the checker's and the keying's code cold
    // (their first real sentences took 2-3x their usual time).
    await runLevel(server.url, path, WARM_UP_TURNS, () => server.rssMb(), () => server.cpuMs());
    for (const concurrency of levels) {
      const level = await measureLevel(server.url, path, concurrency, () => server.rssMb(), () => server.cpuMs());
      const p50 = percentile(level.ttfa, 50);
      const p95 = percentile(level.ttfa, 95);
      results.push({
        concurrency,
        turns: concurrency > 1 ? concurrency : SEQUENTIAL_SAMPLES,
        ttfaMs: { p50, p95 },
        floorMs,
        overheadMs: { p50: Math.round((p50 - floorMs) * 10) / 10, p95: Math.round((p95 - floorMs) * 10) / 10 },
        sequentialMs,
        errors: level.errors,
        ...(path === 'handsFree' ? { fromSpeechEndMs: { p50: percentile(level.fromSpeechEnd, 50), p95: percentile(level.fromSpeechEnd, 95) } } : {}),
        ...(streamed ? { captionsPerTurn: level.captionsPerTurn, earlyReplies: level.early } : {}),
        rssMb: level.rssMb,
        serverCpuMsPerTurn: level.serverCpuMsPerTurn,
      });
    }
  } finally {
    await server.stop();
    await fakes.close();
    await database?.drop();
  }
  return results;
}

const paths: Partial<Record<PathName, unknown>> = {};
for (const path of pathsArg.split(',') as PathName[]) paths[path] = { levels: await runPath(path) };
const speedup = (paths.batch && paths.streamed
  ? Object.fromEntries(
      levels.map((concurrency, i) => {
        const batch = (paths.batch as { levels: { ttfaMs: { p50: number } }[] }).levels[i]!.ttfaMs.p50;
        const streamed = (paths.streamed as { levels: { ttfaMs: { p50: number } }[] }).levels[i]!.ttfaMs.p50;
        return [String(concurrency), Math.round((batch / streamed) * 100) / 100];
      }),
    )
  : undefined);
console.log(JSON.stringify({ database: onPostgres ? 'postgres' : 'pglite', replyTokens: tokenize(BENCH_REPLY).length, paths, ...(speedup ? { speedupP50: speedup } : {}) }, null, 2));
process.exit(0);
