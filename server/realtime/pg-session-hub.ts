// The session hub across server processes on one PostgreSQL: broadcast events travel as
// NOTIFY on one channel; every process LISTENs and hands them to its own sockets of that
// session. A dropped listening connection is re-opened with backoff.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { ServerEvent } from '../../shared/ws';
import { createSessionHub, type SessionHub } from './session-hub';

const CHANNEL = 'vea_session_events';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
const MAX_PAYLOAD_BYTES = 7_900;

interface Notification {
  origin: string;
  sessionId: string;
  event: ServerEvent;
}

export async function createPgSessionHub(connectionString: string, logger: Logger): Promise<SessionHub> {
  const local = createSessionHub();
  const origin = randomUUID();
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 250;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (!message.payload) return;
      try {
        const note = JSON.parse(message.payload) as Notification;
        if (note.origin !== origin) local.publish(note.sessionId, note.event);
      } catch (error) {
        logger.warn({ err: error }, 'unreadable session notification');
      }
    });
    next.on('error', (error) => {
      logger.warn({ err: error.message }, 'session hub connection lost');
      reconnectLater();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
    retryMs = 250;
  };

  const reconnectLater = () => {
    const lost = client;
    client = null;
    void lost?.end().catch(() => {});
    if (closed) return;
    setTimeout(() => {
      if (!closed && !client) void connect().catch(() => reconnectLater());
    }, retryMs).unref();
    retryMs = Math.min(retryMs * 2, 10_000);
  };

  await connect();

  return {
    subscribe: local.subscribe,
    publish: local.publish,
    broadcast(sessionId, event) {
      local.publish(sessionId, event);
      const payload = JSON.stringify({ origin, sessionId, event } satisfies Notification);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        logger.warn({ sessionId, type: event.type }, 'event too large to broadcast; other processes will not see it');
        return;
      }
      if (!client) {
        logger.warn({ sessionId, type: event.type }, 'session hub offline; event delivered to this process only');
        return;
      }
      client.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch((error: unknown) => {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'session broadcast failed');
      });
    },
    async close() {
      closed = true;
      await local.close();
      await client?.end().catch(() => {});
    },
  };
}
