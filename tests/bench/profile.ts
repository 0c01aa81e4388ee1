// npm run bench:profile [-- --turns 100 --databases pglite,postgres] — where the server's CPU goes
// on spoken turns. One server process (a child, like bench:pipeline) with the vendor fakes at
// published latencies; after one warm-up turn, `--turns` learners each take one spoken turn at
// once while the inspector's sampling profiler runs. Prints one JSON object per database: server
// CPU per turn (from /proc, outside the profiler's own cost only approximately), and the top self
// time by package and by function. PostgreSQL is the server of TEST_DATABASE_URL (a fresh database).
// The profile is of the main thread (the event loop); the grammar checker's worker thread counts in
// cpuMsPerTurn but is not in the profile.
import { testDatabases } from '../support/databases';
import { freePort, startServerProcess } from '../support/server-process';
import { summarizeProfile } from './cpu-profile';
import { attachProfiler } from './inspector-profiler';
import { startPublishedFakes } from './published-fakes';
import { openLearner, openLearners, speakTurn } from './spoken-turns';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const turns = Number(flag('--turns', '100'));
const databases = flag('--databases', 'pglite,postgres').split(',');
const top = { packages: Number(flag('--top-packages', '15')), functions: Number(flag('--top-functions', '25')) };

async function profileOn(databaseName: string) {
  const database = databaseName === 'postgres' ? await testDatabases.find((d) => d.name === 'postgres')?.create() : undefined;
  if (databaseName === 'postgres' && !database) throw new Error('profiling on postgres needs TEST_DATABASE_URL');
  const fakes = await startPublishedFakes();
  const inspectPort = await freePort();
  process.env.BENCH_SERVER_NODE_ARGS = [process.env.BENCH_SERVER_NODE_ARGS, `--inspect=127.0.0.1:${inspectPort}`].filter(Boolean).join(' ');
  const server = await startServerProcess({
    DATA_DIR: `/tmp/vea-profile-${process.pid}`,
    ...(database?.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...fakes.env,
  });
  try {
    const warmUp = await openLearner(server.url);
    await speakTurn(warmUp);
    warmUp.close();
    const learners = await openLearners(server.url, turns);
    const profiler = await attachProfiler(inspectPort);
    const cpuBefore = server.cpuMs();
    await profiler.start();
    const outcomes = await Promise.all(learners.map((learner) => speakTurn(learner)));
    const cpuMs = server.cpuMs() - cpuBefore;
    const profile = await profiler.stop();
    const rssMb = server.rssMb();
    for (const learner of learners) learner.close();
    const summary = summarizeProfile(profile, top);
    return {
      database: databaseName,
      turns,
      errors: outcomes.filter((o) => o.kind === 'error').length,
      busy: outcomes.filter((o) => o.kind === 'busy').length,
      cpuMsPerTurn: Math.round(cpuMs / turns),
      rssMb,
      profiledThread: 'main',
      profiledMs: summary.totalMs,
      packages: summary.packages,
      functions: summary.functions,
      appCallers: summary.appCallers,
    };
  } finally {
    await server.stop();
    await fakes.close();
    await database?.drop();
  }
}

const results = [];
for (const name of databases) results.push(await profileOn(name));
console.log(JSON.stringify({ profile: results }, null, 2));
process.exit(0);
