// Text-turn latency over a real WebSocket: send a learner sentence -> the tutor's final message
// (reply.done), on a real server with the real checker and offline tutor.
import pino from 'pino';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/server';
import { buildServices, closeServices } from '../../server/services-factory';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { learnerSentences } from '../fixtures/learner-sentences';
import type { TestDatabase } from '../support/databases';
import { TestSocket } from '../support/ws-client';
import { summarize } from './stats';

export async function measureTextTurns(database: TestDatabase, turns = 200, warmup = 20) {
  const created = await database.create();
  // TURNS_PER_MINUTE=0: the benchmark's learner talks far faster than the cost limit allows.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: created.dataDir, BCRYPT_ROUNDS: '4', TURNS_PER_MINUTE: '0', ...(created.databaseUrl ? { DATABASE_URL: created.databaseUrl } : {}) });
  const services = await buildServices(config, pino({ level: 'silent' }));
  const server = await startServer(services, { host: '127.0.0.1', port: 0 });
  try {
    const post = async (path: string, body: unknown, token?: string) =>
      (await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })).json() as Promise<Record<string, unknown>>;
    const { token } = (await post('/api/auth/register', { email: `bench-${Date.now()}@example.com`, password: 'benchmark-password' })) as { token: string };
    const session = (await post('/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token)) as { id: string };
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready');
    const latencies: number[] = [];
    for (let i = 0; i < warmup + turns; i++) {
      const text = learnerSentences[i % learnerSentences.length]!.text;
      const from = socket.events.length;
      const started = performance.now();
      socket.send({ type: 'turn.text', text });
      await socket.waitFor('reply.done', from);
      if (i >= warmup) latencies.push(performance.now() - started);
      await socket.waitFor('turn.done', from);
    }
    socket.close();
    return { database: database.name, ...summarize(latencies) };
  } finally {
    await server.close();
    await closeServices(services);
    await created.drop();
  }
}
