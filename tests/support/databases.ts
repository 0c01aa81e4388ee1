// The databases a suite runs on: the embedded PGlite always, and PostgreSQL when DATABASE_URL is
// set (CI sets it). Each PostgreSQL run gets a database of its own, dropped afterwards.
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

export const testDatabases: TestDatabase[] = process.env.DATABASE_URL
  ? [pglite, postgres(process.env.DATABASE_URL)]
  : [pglite];
