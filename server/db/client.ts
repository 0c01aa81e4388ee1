// Opens the database: the embedded PGlite under DATA_DIR when DATABASE_URL is unset, or a
// PostgreSQL server through node-postgres. Both give the same Prisma client (via a driver
// adapter) and the same MigrationDriver for the start-up migration runner.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { isPoolWaitTimeout } from './errors';
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

export interface PoolOptions {
  /** Connections held at most. */
  size: number;
  /** A new connection's timeout, and the length of one wait for a free connection. */
  connectTimeoutMs: number;
}

const DEFAULT_POOL: PoolOptions = { size: 20, connectTimeoutMs: 10_000 };

/** DATA_DIR "memory://" keeps the embedded database in memory (tests, benchmarks). */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string; pool?: PoolOptions }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.pool ?? DEFAULT_POOL);
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

/**
 * How long a query waits, in all, for a connection of a full pool before the database is taken as
 * unavailable. Turns are admitted only up to MAX_TURNS_IN_FLIGHT, so a full pool means a queue that
 * moves: an acknowledged turn's writes wait their turn instead of failing.
 */
const MAX_POOL_WAIT_MS = 120_000;

/**
 * pg-pool gives up on a wait for a free connection after connectionTimeoutMillis, the same timeout
 * that tells a database that does not answer; here a wait that timed out is waited again (a busy
 * pool is overload, not a fault), while a connection that could not be made still fails at once.
 */
function waitForFreeConnections(pool: pg.Pool): void {
  const connectOnce = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const connect = async (): Promise<pg.PoolClient> => {
    const deadline = Date.now() + MAX_POOL_WAIT_MS;
    for (;;) {
      try {
        return await connectOnce();
      } catch (error) {
        if (!isPoolWaitTimeout(error) || Date.now() >= deadline) throw error;
      }
    }
  };
  // pool.query (what Prisma's adapter calls) connects through the callback form.
  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: (release?: boolean | Error) => void) => void) => {
    const connecting = connect();
    if (!callback) return connecting;
    connecting.then(
      (client) => callback(undefined, client, client.release),
      (error: Error) => callback(error),
    );
    return undefined;
  }) as typeof pool.connect;
}

async function openPostgres(connectionString: string, poolOptions: PoolOptions): Promise<Database> {
  // 20 by default, sized for a few hundred concurrent sessions a process (bench:load); PostgreSQL's
  // default max_connections (100) leaves room for several processes and their job workers.
  const pool = new pg.Pool({ connectionString, max: poolOptions.size, connectionTimeoutMillis: poolOptions.connectTimeoutMs });
  waitForFreeConnections(pool);
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
