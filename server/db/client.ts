// Opens the database: the embedded PGlite under DATA_DIR when DATABASE_URL is unset, or a
// PostgreSQL server through node-postgres. Both give the same Prisma client (via a driver
// adapter) and the same MigrationDriver for the start-up migration runner.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client';
import type { MigrationDriver } from './migrate';

export type Prisma = PrismaClient;

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  migrationDriver: MigrationDriver;
  /** Resolves when the database answers a trivial query; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** DATA_DIR "memory://" keeps the embedded database in memory (tests, benchmarks). */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.dataDir.startsWith('memory://')) return openPglite(options.dataDir);
  const dir = path.join(options.dataDir, 'db');
  await mkdir(dir, { recursive: true });
  return openPglite(dir);
}

// The embedded database serves one user or a small group: PostgreSQL's default buffers (sized for
// a server) would cost ~150 MB of the process's memory for nothing.
const EMBEDDED_POSTGRES_SETTINGS = ['shared_buffers=32MB', 'work_mem=4MB', 'wal_buffers=1MB'];

async function openPglite(dir: string): Promise<Database> {
  const db = await PGlite.create(dir, { postgresqlconf: EMBEDDED_POSTGRES_SETTINGS });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  const driverFor = (conn: Pick<PGlite, 'exec' | 'query'>): MigrationDriver => ({
    exec: async (sql) => {
      await conn.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await conn.query<Row>(sql, params)).rows,
    transaction: (work) => db.transaction((tx) => work(driverFor(tx))),
  });
  return {
    kind: 'pglite',
    prisma,
    migrationDriver: driverFor(db),
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  // Sized for a few hundred concurrent sessions a process (bench:load); PostgreSQL's default
  // max_connections (100) leaves room for several processes and their job workers.
  const pool = new pg.Pool({ connectionString, max: 20, connectionTimeoutMillis: 10_000 });
  // A dropped server connection must not crash the process; queries fail and we answer 503.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const driverFor = (conn: pg.Pool | pg.PoolClient): MigrationDriver => ({
    exec: async (sql) => {
      await conn.query(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await conn.query(sql, params)).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(driverFor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  });
  return {
    kind: 'postgres',
    prisma,
    migrationDriver: driverFor(pool),
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
