// The start-up migration runner: applies every migration on a fresh database in Prisma's
// `_prisma_migrations` format, is a no-op when run again, and is safe when two run at once.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/client';
import { defaultMigrationsDir, runMigrations } from '../../server/db/migrate';
import { testDatabases } from '../support/databases';

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

  it('applies each migration exactly once when two runners start at once', async () => {
    const { db, created } = await freshDatabase();
    const second = database.name === 'postgres' ? await openDatabase(created) : db;
    if (second !== db) cleanups.push(() => second.close());
    const [a, b] = await Promise.all([runMigrations(db.migrationDriver), runMigrations(second.migrationDriver)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(migrationNames);
    const rows = await db.migrationDriver.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM "_prisma_migrations"');
    expect(rows[0]!.n).toBe(migrationNames.length);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const { db } = await freshDatabase();
    await runMigrations(db.migrationDriver);
    await db.migrationDriver.query('UPDATE "_prisma_migrations" SET checksum = $1', ['0'.repeat(64)]);
    await expect(runMigrations(db.migrationDriver)).rejects.toThrow(/changed after it was applied/);
  });
});
