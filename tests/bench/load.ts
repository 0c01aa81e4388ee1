// npm run bench:load [-- --sessions N] — N concurrent learners (default 200), each with five text
// turns and one spoken turn, against one server process (embedded database, and PostgreSQL when
// TEST_DATABASE_URL is set) and against two processes sharing PostgreSQL behind a round-robin
// "load balancer" (each learner talks to one process, alternating). Vendors are the fakes at
// published latencies. Prints one JSON object: errors, lost messages (learner messages stored
// compared with sent, read back through the API), time to first audio, peak server memory.
import { sinePcm16, wavFile } from '../fakes/audio';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { learnerSentences } from '../fixtures/learner-sentences';
import { testDatabases } from '../support/databases';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { TestSocket } from '../support/ws-client';
import { startPublishedFakes } from './published-fakes';
import { percentile } from './stats';

const args = process.argv.slice(2);
const sessions = Number(args.includes('--sessions') ? args[args.indexOf('--sessions') + 1] : 200);
const TEXT_TURNS = 5;
const RECORDING = wavFile(sinePcm16(1.5, 16_000), 16_000);
const TURN_TIMEOUT_MS = 120_000;

interface LearnerResult {
  sent: number;
  /** Turns the server acknowledged (`ack`: the words are stored); the rest it refused with an error. */
  acked: number;
  /** Error codes the learner was told, by code. */
  errorCodes: Record<string, number>;
  /** The learner's messages stored (a recording whose transcription failed is still stored). */
  stored: number;
  /** Stored recordings without a transcript (speech-to-text failed or timed out). */
  untranscribed: number;
  errors: number;
  ttfaMs: number[];
}

async function api(url: string, method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** Sends a turn and resolves with the time to its first audio byte, or null if none came. */
async function turn(socket: TestSocket, send: () => void, result: LearnerResult): Promise<number | null> {
  const from = socket.events.length;
  let firstAudio: number | null = null;
  const onMessage = (data: Buffer) => {
    if (firstAudio === null && data.includes('"type":"audio"') && !data.includes('"data":""')) firstAudio = performance.now();
  };
  socket.ws.on('message', onMessage);
  try {
    const started = performance.now();
    send();
    const ended = await Promise.race([socket.waitFor('turn.done', from, TURN_TIMEOUT_MS), socket.waitFor('error', from, TURN_TIMEOUT_MS)]);
    if (ended.type === 'error' && !socket.events.slice(from).some((e) => e.type === 'ack')) {
      result.errorCodes[ended.code] = (result.errorCodes[ended.code] ?? 0) + 1;
      return null; // refused before the ack: nothing was accepted, and the learner was told
    }
    result.acked++;
    await socket.waitFor('turn.done', from, TURN_TIMEOUT_MS);
    for (const e of socket.events.slice(from)) {
      if (e.type === 'error') result.errorCodes[e.code] = (result.errorCodes[e.code] ?? 0) + 1;
      if (e.type === 'notice') result.errorCodes[`notice:${e.capability}`] = (result.errorCodes[`notice:${e.capability}`] ?? 0) + 1;
    }
    if (socket.events.slice(from).some((e) => e.type === 'error' || e.type === 'notice')) return null;
    return firstAudio === null ? null : (firstAudio as number) - started;
  } finally {
    socket.ws.off('message', onMessage);
  }
}

async function learner(url: string, index: number): Promise<LearnerResult> {
  const result: LearnerResult = { sent: 0, acked: 0, errorCodes: {}, stored: 0, untranscribed: 0, errors: 0, ttfaMs: [] };
  const { token } = (await api(url, 'POST', '/api/auth/register', { email: `load-${Date.now()}-${index}@example.com`, password: 'load-test-password' })) as { token: string };
  const session = (await api(url, 'POST', '/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token)) as { id: string };
  const socket = await TestSocket.open(`${url.replace('http', 'ws')}/ws/conversation/${session.id}`);
  try {
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready', 0, TURN_TIMEOUT_MS);
    for (let i = 0; i <= TEXT_TURNS; i++) {
      const spoken = i === TEXT_TURNS;
      result.sent++;
      try {
        const ttfa = await turn(socket, () => {
          if (!spoken) return socket.send({ type: 'turn.text', text: learnerSentences[(index + i) % learnerSentences.length]!.text });
          socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav' });
          for (let at = 0; at < RECORDING.length; at += 16_384) socket.ws.send(RECORDING.subarray(at, at + 16_384));
          socket.send({ type: 'turn.audio.end' });
        }, result);
        if (ttfa === null) result.errors++;
        else result.ttfaMs.push(ttfa);
      } catch {
        result.errors++;
      }
    }
  } finally {
    socket.close();
  }
  const messages = (await api(url, 'GET', `/api/conversations/sessions/${session.id}/conversations?limit=100`, undefined, token)) as { items: { role: string; content: string }[] };
  const fromLearner = messages.items.filter((m) => m.role === 'user');
  result.stored = fromLearner.length;
  result.untranscribed = fromLearner.filter((m) => m.content.length === 0).length;
  return result;
}

async function run(label: { processes: number; database: string }, servers: ServerProcess[]) {
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, ...servers.map((s) => s.rssMb())));
  const sampler = setInterval(sample, 250);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: sessions }, (_, i) =>
      learner(servers[i % servers.length]!.url, i).catch(
        (error: unknown): LearnerResult => ({ sent: 0, acked: 0, errorCodes: { [`setup: ${error instanceof Error ? error.message.slice(0, 60) : 'failed'}`]: 1 }, stored: 0, untranscribed: 0, errors: 1, ttfaMs: [] }),
      ),
    ),
  );
  clearInterval(sampler);
  sample();
  const ttfa = results.flatMap((r) => r.ttfaMs);
  const sent = results.reduce((n, r) => n + r.sent, 0);
  const acked = results.reduce((n, r) => n + r.acked, 0);
  const errorCodes: Record<string, number> = {};
  for (const r of results) for (const [code, n] of Object.entries(r.errorCodes)) errorCodes[code] = (errorCodes[code] ?? 0) + n;
  return {
    ...label,
    sessions,
    turns: sent,
    errors: results.reduce((n, r) => n + r.errors, 0),
    acknowledged: acked,
    // An acknowledged message missing from the database is lost; a refused one was never accepted.
    lostMessages: Math.max(0, acked - results.reduce((n, r) => n + r.stored, 0)),
    refused: sent - acked,
    errorCodes,
    untranscribed: results.reduce((n, r) => n + r.untranscribed, 0),
    ttfaMs: { p50: percentile(ttfa, 50), p95: percentile(ttfa, 95), p99: percentile(ttfa, 99) },
    wallSec: Math.round((performance.now() - started) / 100) / 10,
    rssMb: peakRss,
  };
}

const fakes = await startPublishedFakes();
const runs = [];
try {
  const embedded = await startServerProcess({ ...fakes.env, DATA_DIR: `/tmp/vea-load-${process.pid}` });
  try {
    runs.push(await run({ processes: 1, database: 'pglite' }, [embedded]));
  } finally {
    await embedded.stop();
  }
  const postgres = testDatabases.find((d) => d.name === 'postgres');
  for (const processes of postgres ? [1, 2] : []) {
    const database = await postgres!.create();
    const servers = await Promise.all(
      Array.from({ length: processes }, () => startServerProcess({ ...fakes.env, DATABASE_URL: database.databaseUrl! })),
    );
    try {
      runs.push(await run({ processes, database: 'postgres' }, servers));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await database.drop();
    }
  }
} finally {
  await fakes.close();
}
console.log(JSON.stringify({ runs }, null, 2));
process.exit(0);
