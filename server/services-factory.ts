// Builds the services of a running server from its configuration: database (migrated), local
// checker, providers. Shared by main.ts, the integration tests and the benchmarks.
import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import { createLocalChecker, type LocalChecker } from './learning/checker';
import { createOfflineProviders } from './providers/offline';
import type { Capability, Services } from './services';

let sharedChecker: Promise<LocalChecker> | null = null;
/** harper.js takes ~2 s to start; one checker serves every app in the process. */
export const getLocalChecker = () => (sharedChecker ??= createLocalChecker());

export async function buildServices(config: Config, logger: Logger): Promise<Services> {
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const migrations = await runMigrations(db.migrationDriver);
    if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'migrations applied');
  } catch (error) {
    await db.close();
    throw error;
  }
  const providers = createOfflineProviders();
  const capabilities = Object.fromEntries(
    Object.entries(providers).map(([name, provider]) => [name, provider.live ? 'live' : 'offline']),
  ) as Record<Capability, 'live' | 'offline'>;
  return { config, db, logger, checker: await getLocalChecker(), providers, capabilities, now: () => new Date() };
}
