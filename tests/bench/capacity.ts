// npm run bench:capacity — how many learners one server process holds. Open-loop load: every
// session takes a spoken turn every 8–12 s (random, scheduled from the previous turn's start, not
// its end), and sessions are added in steps until time-to-first-audio overhead p95 passes the
// limit (50 ms); one more step, at twice those sessions and at least four per turn the processes
// may run at once, then shows the overload: turns past MAX_TURNS_IN_FLIGHT refused with busy
// (counted apart from errors). Vendors are the fakes at published latencies; turns are streamed
// (PCM frames in real time, Scribe Realtime, the panel's default) unless --path batch. Runs one
// process on PGlite, one on PostgreSQL and two on PostgreSQL
// (learners alternating between them); PostgreSQL is the server of TEST_DATABASE_URL.
//
// Flags (the defaults finish within about 12 minutes): --targets pglite:1,postgres:1,postgres:2
// --start 10 --growth 2 (sessions doubling each step; or --step N to add N) --max 1000
// --settle-sec 6 --step-sec 20 --p95-limit-ms 50 --warm-up-turns 20
// --max-turns-in-flight 40 (per process, the limit the servers run with) --path streamed|batch.
import { testDatabases } from '../support/databases';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startPublishedFakes, startStreamedFakes } from './published-fakes';
import { type Learner, openLearners, speakTurn, type TurnOutcome, type TurnPath } from './spoken-turns';
import { percentile } from './stats';
import { firstAudioFloorMs } from './turn-floor';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const targets = flag('--targets', 'pglite:1,postgres:1,postgres:2').split(',').map((t) => {
  const [database, processes] = t.split(':');
  return { database: database as 'pglite' | 'postgres', processes: Number(processes ?? 1) };
});
const START = Number(flag('--start', '10'));
const STEP = args.includes('--step') ? Number(flag('--step', '0')) : undefined;
const GROWTH = Number(flag('--growth', '2'));
const nextSessions = (sessions: number) => (STEP ? sessions + STEP : Math.ceil(sessions * GROWTH));
const WARM_UP_TURNS = Number(flag('--warm-up-turns', '20'));
const MAX = Number(flag('--max', '1000'));
const SETTLE_MS = Number(flag('--settle-sec', '6')) * 1000;
const STEP_MS = Number(flag('--step-sec', '20')) * 1000;
const P95_LIMIT_MS = Number(flag('--p95-limit-ms', '50'));
const MAX_TURNS_IN_FLIGHT = flag('--max-turns-in-flight', '40');
// The panel's default path with a streaming vendor: frames in real time, the first clause spoken at once.
const PATH = flag('--path', 'streamed') as TurnPath;
if (PATH !== 'streamed' && PATH !== 'batch') throw new Error('--path is streamed or batch');
const FLOOR_MS = firstAudioFloorMs(PATH);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const interval = () => 8_000 + Math.random() * 4_000;

interface TurnRecord {
  startedAt: number;
  outcome: Promise<TurnOutcome>;
}

interface Step {
  sessions: number;
  turns: number;
  overheadMs: { p50: number; p95: number };
  cpuMsPerTurn: number;
  rssMb: number;
  errors: number;
  busy: number;
}

/** One learner's open loop: a turn every 8–12 s until stopped, each recorded with its start. */
function runLearner(learner: Learner, records: TurnRecord[], stopped: () => boolean): Promise<void> {
  return (async () => {
    let next = performance.now() + Math.random() * 10_000;
    while (!stopped()) {
      await sleep(Math.max(0, next - performance.now()));
      if (stopped()) break;
      const startedAt = performance.now();
      next = startedAt + interval();
      const outcome = speakTurn(learner, PATH);
      records.push({ startedAt, outcome });
      await outcome;
    }
  })();
}

async function measureTarget(target: (typeof targets)[number]) {
  const database = target.database === 'postgres' ? await testDatabases.find((d) => d.name === 'postgres')?.create() : undefined;
  if (target.database === 'postgres' && !database) throw new Error('postgres targets need TEST_DATABASE_URL');
  const fakes = PATH === 'streamed' ? await startStreamedFakes() : await startPublishedFakes();
  const servers: ServerProcess[] = [];
  const records: TurnRecord[] = [];
  const loops: Promise<void>[] = [];
  const learners: Learner[] = [];
  let stop = false;
  const steps: Step[] = [];
  try {
    for (let i = 0; i < target.processes; i++) {
      servers.push(
        await startServerProcess({
          DATA_DIR: `/tmp/vea-capacity-${process.pid}-${i}`,
          ...(database?.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
          MAX_TURNS_IN_FLIGHT,
          ...fakes.env,
        }),
      );
    }
    // A few turns on every process first, so that compilation and caches warm up outside the steps.
    for (const server of servers) {
      const warmUp = await openLearners(server.url, Math.min(10, WARM_UP_TURNS));
      for (let done = 0; done < WARM_UP_TURNS; done += warmUp.length) await Promise.all(warmUp.map((learner) => speakTurn(learner, PATH)));
      for (const learner of warmUp) learner.close();
    }
    let held: Step | undefined;
    let overload = false;
    for (let sessions = START; sessions <= MAX || overload; sessions = overload ? sessions : nextSessions(sessions)) {
      // Learners alternate between the processes, as a round-robin load balancer would spread them.
      const added = sessions - learners.length;
      const perServer = servers.map((_, i) => Math.floor(added / servers.length) + (i < added % servers.length ? 1 : 0));
      for (const [i, count] of perServer.entries()) {
        for (const learner of await openLearners(servers[i]!.url, count)) {
          learners.push(learner);
          loops.push(runLearner(learner, records, () => stop));
        }
      }
      await sleep(SETTLE_MS);
      const from = performance.now();
      const cpuBefore = servers.reduce((sum, s) => sum + s.cpuMs(), 0);
      let rssMb = 0;
      const sampler = setInterval(() => (rssMb = Math.max(rssMb, ...servers.map((s) => s.rssMb()))), 1_000);
      await sleep(STEP_MS);
      clearInterval(sampler);
      const cpuMs = servers.reduce((sum, s) => sum + s.cpuMs(), 0) - cpuBefore;
      const to = performance.now();
      // Turns that started in the window; the ones still running are waited for (up to their timeout).
      const turnsInWindow = await Promise.all(records.filter((r) => r.startedAt >= from && r.startedAt < to).map((r) => r.outcome));
      const started = turnsInWindow.length;
      const ok = turnsInWindow.flatMap((o) => (o.kind === 'ok' ? [o.ttfaMs - FLOOR_MS] : []));
      const busy = turnsInWindow.filter((o) => o.kind === 'busy').length;
      const step: Step = {
        sessions,
        turns: started,
        overheadMs: { p50: percentile(ok, 50), p95: percentile(ok, 95) },
        // Per turn taken: a refusal costs the server next to nothing.
        cpuMsPerTurn: Math.round(cpuMs / Math.max(1, started - busy)),
        rssMb,
        errors: turnsInWindow.filter((o) => o.kind === 'error').length,
        busy,
      };
      steps.push(step);
      console.error(JSON.stringify({ target, step }));
      if (overload) break;
      if (step.overheadMs.p95 > P95_LIMIT_MS || step.errors > 0) {
        // Past capacity: one more step shows how the processes shed. Twice these sessions, and at
        // least enough that turns in flight (a turn lasts ~3 s of the 8–12 s between turns) pass
        // the limit of each process.
        overload = true;
        sessions = Math.max(2 * sessions, 4 * Number(MAX_TURNS_IN_FLIGHT) * servers.length);
        continue;
      }
      held = step;
    }
    // The figures of the last step held; when even the first step was past the limit, of that step.
    const shown = held ?? steps[0];
    return {
      database: target.database,
      processes: target.processes,
      sessionsHeld: held?.sessions ?? 0,
      ...(held ? {} : { figuresOfStep: shown?.sessions }),
      overheadMs: shown?.overheadMs ?? null,
      cpuMsPerTurn: shown?.cpuMsPerTurn ?? null,
      rssMb: shown?.rssMb ?? null,
      errors: shown?.errors ?? null,
      steps,
    };
  } finally {
    stop = true;
    await Promise.all(loops);
    for (const learner of learners) learner.close();
    await Promise.all(servers.map((s) => s.stop()));
    await fakes.close();
    await database?.drop();
  }
}

const capacity = [];
for (const target of targets) capacity.push(await measureTarget(target));
console.log(
  JSON.stringify(
    { path: PATH, p95LimitMs: P95_LIMIT_MS, floorMs: FLOOR_MS, maxTurnsInFlightPerProcess: Number(MAX_TURNS_IN_FLIGHT), stepSec: STEP_MS / 1000, capacity },
    null,
    2,
  ),
);
process.exit(0);
