// requireAuth: every endpoint but register, login and health needs `Authorization: Bearer <token>`.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/context';
import { AppError } from '../http/errors';
import { resolveToken } from './tokens';

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthorized', 'Sign in first: send Authorization: Bearer <token>.');
  const { db, now } = c.get('services');
  const user = await resolveToken(db.prisma, match[1], now());
  if (!user) throw new AppError('unauthorized', 'The token is invalid, expired or signed out. Sign in again.');
  c.set('user', user);
  c.get('logger').setBindings?.({ userId: user.id });
  await next();
});
