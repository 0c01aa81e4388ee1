// GET /media/:userId/:name — a learner's recordings and the tutor's replies, to their owner only
// (bearer token); anyone else gets 404.
import { Hono } from 'hono';
import { requireAuth } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';

export function mediaRoutes() {
  return new Hono<AppEnv>().get('/:userId/:name', requireAuth, async (c) => {
    const { userId, name } = c.req.param();
    if (userId !== c.get('user').id) throw notFound('No such file.');
    const file = await c.get('services').media.read(userId, name);
    if (!file) throw notFound('No such file.');
    c.header('Cache-Control', 'private, max-age=31536000, immutable');
    return c.body(new Uint8Array(file.bytes), 200, { 'Content-Type': file.contentType });
  });
}
