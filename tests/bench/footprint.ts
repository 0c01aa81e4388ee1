// npm run bench:footprint — what each part of the server holds in memory. Every part is loaded
// alone in a fresh Node process (with tsx, like the server) and used once; its figure is that
// process's RSS (after a full garbage collection) minus the RSS of a process that loaded nothing.
// Prints one JSON object. The PostgreSQL part (Prisma on node-postgres) needs TEST_DATABASE_URL.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { testDatabaseUrl } from '../support/databases';

const PARTS = {
  nothing: async () => {},
  /** harper.js (WebAssembly) and compromise with the learner rules: the local checker. */
  checker: async () => {
    const { createLocalChecker } = await import('../../server/learning/checker');
    const checker = await createLocalChecker();
    await checker.check('Yesterday I go to the farm and I see many robot.', 'ko');
  },
  /** The same checker in its worker thread, as the server runs it (the thread's own heap and tsx). */
  checkerThread: async () => {
    const { createThreadedChecker } = await import('../../server/learning/checker/threaded-checker');
    const checker = await createThreadedChecker();
    await checker.check('Yesterday I go to the farm and I see many robot.', 'ko');
  },
  /** compromise alone (the English tagger the checker's rules and the notebook use). */
  compromise: async () => {
    const { tagSentences } = await import('../../server/learning/review/language/compromise');
    tagSentences('Yesterday I go to the farm and I see many robot.');
  },
  /** The embedded database, migrated, with Prisma's client on it (as the server opens it). */
  pgliteWithPrisma: async () => {
    const { openDatabase } = await import('../../server/db/client');
    const { runMigrations } = await import('../../server/db/migrate');
    const db = await openDatabase({ dataDir: 'memory://' });
    await runMigrations(db.migrationDriver);
    await db.prisma.user.count();
  },
  /** Prisma's client on node-postgres (the PostgreSQL server holds the data). */
  prismaOnPostgres: async () => {
    const url = testDatabaseUrl();
    if (!url) throw new Error('needs TEST_DATABASE_URL');
    const { openDatabase } = await import('../../server/db/client');
    const db = await openDatabase({ databaseUrl: url, dataDir: 'memory://' });
    await db.prisma.$queryRaw`SELECT 1`;
  },
  /** The providers of a server without vendor keys (offline ones only: no SDK should load). */
  providersWithoutKeys: async () => {
    const { selectProviders } = await import('../../server/providers/select');
    const { createOfflineProviders } = await import('../../server/providers/offline');
    await selectProviders({}, createOfflineProviders());
  },
  /** The OpenAI and ElevenLabs SDKs, loaded and with a client each. */
  vendorSdks: async () => {
    const { createOpenAiClient } = await import('../../server/providers/openai/client');
    const { createElevenLabsClient } = await import('../../server/providers/elevenlabs/client');
    createOpenAiClient({ apiKey: 'x' });
    createElevenLabsClient({ apiKey: 'x' });
  },
} satisfies Record<string, () => Promise<void>>;
type Part = keyof typeof PARTS;

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

const asked = process.argv[2] as Part | undefined;
if (asked && asked in PARTS) {
  // Child: load the part, collect garbage, report.
  await PARTS[asked]();
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ rssMb: rssMb(), heapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024) }));
  process.exit(0);
}

function measure(part: Part): { rssMb: number; heapMb: number } | { error: string } {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.relative(process.cwd(), import.meta.filename), part], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    env: process.env,
  });
  if (child.status !== 0) return { error: child.stderr.trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { rssMb: number; heapMb: number };
}

const baseline = measure('nothing');
if ('error' in baseline) throw new Error(baseline.error);
const parts: Record<string, unknown> = {};
for (const part of Object.keys(PARTS) as Part[]) {
  if (part === 'nothing') continue;
  const result = measure(part);
  parts[part] = 'error' in result ? result : { rssMb: result.rssMb - baseline.rssMb, heapMb: result.heapMb - baseline.heapMb };
}
console.log(JSON.stringify({ baselineRssMb: baseline.rssMb, parts }, null, 2));
