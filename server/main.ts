// The server process: read config, open and migrate the database, build providers, listen.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config';

async function main() {
  // A .env beside package.json configures the server like the environment does (.env.example).
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Loaded once the configuration is known to be good, so a wrong setting stops the process at
  // once instead of after the checker, the vendor SDKs and the database driver have loaded.
  const [{ createLogger }, { startServer }, { buildServices, closeServices }] = await Promise.all([
    import('./logger'),
    import('./server'),
    import('./services-factory'),
  ]);
  const logger = createLogger(config.LOG_LEVEL);
  const services = await buildServices(config, logger);
  const server = await startServer(services, { host: config.HOST, port: config.PORT });
  logger.info(
    { url: server.url, database: services.db.kind, capabilities: services.capabilities },
    `VideoEngAI server listening on ${server.url} (API reference at ${server.url}/api/docs)`,
  );
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    await closeServices(services);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('VideoEngAI server failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
