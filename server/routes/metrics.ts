// GET /metrics — Prometheus text format. With METRICS_TOKEN set it asks for
// `Authorization: Bearer <METRICS_TOKEN>`; without, it is open, which the configuration allows
// only while HOST is a loopback address (config.ts).
import { Hono } from 'hono';
import type { AppEnv } from '../http/context';
import { AppError } from '../http/errors';
import { sameSecret } from '../security/same-secret';

export function metricsRoutes() {
  return new Hono<AppEnv>().get('/metrics', async (c) => {
    const { metrics, config } = c.get('services');
    if (config.METRICS_TOKEN) {
      const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameSecret(given, config.METRICS_TOKEN)) throw new AppError('unauthorized', 'Send Authorization: Bearer <METRICS_TOKEN>.');
    }
    const { contentType, body } = await metrics.exposition();
    return c.body(body, 200, { 'content-type': contentType });
  });
}
