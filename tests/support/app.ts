// Builds a real app (real database, real checker, offline providers) for a test, with helpers
// to register users and call the API the way a client would.
import pino, { type Logger } from 'pino';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { buildServices, closeServices } from '../../server/services-factory';
import type { Services } from '../../server/services';
import type { TestDatabase } from './databases';

export interface TestApp {
  services: Services;
  app: ReturnType<typeof createApp>;
  /** Moves the clock the services see (streaks, trends); undefined = real time. */
  setNow(moment: Date | undefined): void;
  request(method: string, path: string, options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Response>;
  register(email?: string, password?: string): Promise<{ token: string; userId: string; email: string }>;
  close(): Promise<void>;
}

let userCounter = 0;

export async function createTestApp(
  database: TestDatabase,
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const db = await database.create();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: db.dataDir,
    BCRYPT_ROUNDS: '4',
    // Suites register many learners from one address (app.request has none); the limit on
    // sign-ups per address has its own tests, which set it.
    REGISTER_MAX_PER_ADDRESS: '0',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const services = await buildServices(config, options.logger ?? pino({ level: 'silent' }));
  let fixedNow: Date | undefined;
  services.now = () => fixedNow ?? new Date();
  const app = createApp(services);
  const request: TestApp['request'] = (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return {
    services,
    app,
    setNow: (moment) => {
      fixedNow = moment;
    },
    request,
    async register(email = `learner${++userCounter}-${Date.now()}@example.com`, password = 'correct horse battery') {
      const res = await request('POST', '/api/auth/register', { body: { email, password, name: 'Min-ji' } });
      if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
      const json = (await res.json()) as { token: string; user: { id: string } };
      return { token: json.token, userId: json.user.id, email };
    },
    async close() {
      await closeServices(services);
      await db.drop();
    },
  };
}
