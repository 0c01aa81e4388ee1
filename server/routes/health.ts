// GET /healthz (no auth): 200 when the database answers, 503 while it does not.
import { Hono } from 'hono';
import type { AppEnv } from '../http/context';

export function healthRoutes() {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    const { db, capabilities } = c.get('services');
    try {
      await db.ping();
      return c.json({ status: 'ok', database: db.kind, capabilities });
    } catch {
      c.header('Retry-After', '2');
      return c.json({ status: 'degraded', database: db.kind, capabilities, requestId: c.get('requestId') }, 503);
    }
  });
}
