// The start-up migration runner: applies every migration on a fresh database in Prisma's
// `_prisma_migrations` format, is a no-op when run again, and is safe when two processes run it at
// once (its advisory lock; PostgreSQL only, see the last suite).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client';
import { defaultMigrationsDir, runMigrations } from '../../server/db/migrate';
import { testDatabases } from '../support/databases';
import { postgresFor } from '../support/postgres-only';

const migrationNames = readdirSync(defaultMigrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe.each(testDatabases)('migration runner on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshDatabase() {
    const created = await database.create();
    const db = await openDatabase(created);
    cleanups.push(created.drop, () => db.close());
    return { db, created };
  }

  it('applies every migration to a fresh database and records it as Prisma does', async () => {
    const { db } = await freshDatabase();
    const result = await runMigrations(db.migrationDriver);
    expect(result.applied).toEqual(migrationNames);
    const rows = await db.migrationDriver.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    const firstSql = readFileSync(path.join(defaultMigrationsDir, migrationNames[0]!, 'migration.sql'));
    expect(rows[0]!.checksum).toBe(createHash('sha256').update(firstSql).digest('hex'));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    // The schema is usable through Prisma.
    await db.prisma.user.create({ data: { email: 'm@example.com', passwordHash: 'x' } });
    expect(await db.prisma.user.count()).toBe(1);
  });

  it('is a no-op when run again', async () => {
    const { db } = await freshDatabase();
    await runMigrations(db.migrationDriver);
    await db.prisma.user.create({ data: { email: 'keep@example.com', passwordHash: 'x' } });
    const again = await runMigrations(db.migrationDriver);
    expect(again).toEqual({ applied: [], alreadyApplied: migrationNames });
    expect(await db.prisma.user.count()).toBe(1);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const { db } = await freshDatabase();
    await runMigrations(db.migrationDriver);
    await db.migrationDriver.query('UPDATE "_prisma_migrations" SET checksum = $1', ['0'.repeat(64)]);
    await expect(runMigrations(db.migrationDriver)).rejects.toThrow(/changed after it was applied/);
  });
});

// Two server processes starting at once on one database: two pools, two connections, each runner in
// its own transaction, so only the runner's advisory lock keeps them from applying the same
// migrations twice. This can only be real on a PostgreSQL server. The embedded PGlite is one
// connection inside one process: its transactions run one after another, so the lock is never
// contended; and a second PGlite on the same directory is a second server over the same files that
// sees neither the first one's rows nor its locks (tried), which the app never does.
const postgres = postgresFor('the migration runners race on PostgreSQL (two connections at once)');

describe.runIf(postgres)('two migration runners at once on postgres', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Samples the server's lock table while `work` runs: did a session wait for an advisory lock? */
  async function watchAdvisoryWaits<T>(databaseUrl: string, work: Promise<T>): Promise<{ result: T; sawWaiter: boolean }> {
    const observer = new pg.Client({ connectionString: databaseUrl });
    await observer.connect();
    let sawWaiter = false;
    let done = false;
    const sampling = (async () => {
      while (!done && !sawWaiter) {
        const { rows } = await observer.query<{ n: number }>(
          "SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        sawWaiter = rows[0]!.n > 0;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      const result = await work;
      return { result, sawWaiter };
    } finally {
      done = true;
      await sampling;
      await observer.end();
    }
  }

  it('applies each migration exactly once: one runner applies them all, the other waits and finds them done', async () => {
    const created = await postgres!.create();
    cleanups.push(created.drop);
    const [first, second] = await Promise.all([openDatabase(created), openDatabase(created)]);
    cleanups.push(() => first.close(), () => second.close());
    // One open connection in each pool, so both transactions begin at the same moment.
    await Promise.all([first.ping(), second.ping()]);

    const { result, sawWaiter } = await watchAdvisoryWaits(
      created.databaseUrl!,
      Promise.allSettled([runMigrations(first.migrationDriver), runMigrations(second.migrationDriver)]),
    );
    const failures = result.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
    expect(failures).toEqual([]);
    const [a, b] = result.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof runMigrations>>>).value);
    expect([a!.applied, b!.applied].sort((x, y) => x.length - y.length)).toEqual([[], migrationNames]);
    expect(sawWaiter).toBe(true);

    const rows = await first.migrationDriver.query<{ migration_name: string; n: number }>(
      'SELECT migration_name, COUNT(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name',
    );
    expect(rows).toEqual(migrationNames.map((name) => ({ migration_name: name, n: 1 })));
  });
});
