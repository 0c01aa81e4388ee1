// The databases a suite runs on: the embedded PGlite always, and PostgreSQL when TEST_DATABASE_URL
// is set (CI sets it) to a server where that user may CREATE DATABASE. Each PostgreSQL run gets a
// database of its own, dropped afterwards. The server's own DATABASE_URL is never read here: a
// developer's database must not be touched by the tests.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Creates an empty database and returns the settings to open it. */
  create(): Promise<{ databaseUrl?: string; dataDir: string; drop(): Promise<void> }>;
}

const pglite: TestDatabase = {
  name: 'pglite',
  create: async () => ({ dataDir: 'memory://', drop: async () => {} }),
};

function postgres(baseUrl: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const dbName = `vea_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.pathname = `/${dbName}`;
      return {
        databaseUrl: url.toString(),
        dataDir: 'memory://',
        async drop() {
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  };
}

/** The environment variable naming the PostgreSQL server the suites may use. */
export const TEST_DATABASE_URL_VARIABLE = 'TEST_DATABASE_URL';

/** The PostgreSQL server URL the suites may use, or undefined; the one place that reads it. */
export function testDatabaseUrl(): string | undefined {
  return process.env[TEST_DATABASE_URL_VARIABLE]?.trim() || undefined;
}

const serverUrl = testDatabaseUrl();
export const testDatabases: TestDatabase[] = serverUrl ? [pglite, postgres(serverUrl)] : [pglite];
