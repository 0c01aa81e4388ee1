// Suites (or single tests) that only mean something on a PostgreSQL server: several processes on
// one database, a database that goes away, two connections racing. CI must run them, so there a
// missing test database fails the file; elsewhere the file says in one line what it skips and why.
import { TEST_DATABASE_URL_VARIABLE, testDatabases, type TestDatabase } from './databases';

const inCi = () => Boolean(process.env.CI) && process.env.CI !== 'false';

/** Call at collection: the PostgreSQL test database, or undefined after saying what is skipped. */
export function postgresFor(what: string): TestDatabase | undefined {
  const postgres = testDatabases.find((d) => d.name === 'postgres');
  if (postgres) return postgres;
  const how = `set ${TEST_DATABASE_URL_VARIABLE} to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/test)`;
  if (inCi()) throw new Error(`${what} needs PostgreSQL and must run in CI, but no test database is given: ${how}.`);
  console.warn(`Skipped ${what}: it needs PostgreSQL; ${how} to run it.`);
  return undefined;
}
