// Accounts: register (also reachable as the seed's POST /api/users), login and logout.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { AuthResponse, LoginBody, RegisterBody } from '../../shared/api';
import { requireAuth } from '../auth/middleware';
import { hashPassword, verifyAgainstNobody, verifyPassword } from '../auth/passwords';
import { issueToken, revokeToken } from '../auth/tokens';
import type { AppEnv } from '../http/context';
import { AppError } from '../http/errors';
import { bearerSecurity, commonErrors, createRouter, jsonBody, jsonResponse } from '../http/router';
import { toPublicUser } from '../http/views';

export const registerRoute = (path: string) =>
  createRoute({
    method: 'post',
    path,
    tags: ['Accounts'],
    summary: 'Create an account and sign in',
    request: { body: jsonBody(RegisterBody) },
    responses: {
      201: jsonResponse(AuthResponse, 'The new user and a bearer token'),
      400: commonErrors[400],
      409: jsonResponse(z.object({ code: z.string() }), 'The email is already registered'),
    },
  });

// Prisma reports P2002 through node-postgres; the PGlite adapter passes PostgreSQL's 23505 through.
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; originalCode?: string } } | null;
  return e?.code === 'P2002' || e?.cause?.code === '23505' || e?.cause?.originalCode === '23505';
}

export async function register(c: Context<AppEnv>, body: RegisterBody) {
  const { db, config, now } = c.get('services');
  const email = body.email.toLowerCase();
  const passwordHash = await hashPassword(body.password, config.BCRYPT_ROUNDS);
  const user = await db.prisma.user
    .create({
      data: {
        email,
        passwordHash,
        name: body.name ?? null,
        ...(body.nativeLanguage ? { nativeLanguage: body.nativeLanguage } : {}),
        ...(body.level ? { level: body.level } : {}),
        progress: { create: {} },
      },
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'An account with this email already exists.');
      throw error;
    });
  const { token, expiresAt } = await issueToken(db.prisma, user.id, config.TOKEN_TTL_DAYS, now());
  return c.json({ user: toPublicUser(user), token, expiresAt: expiresAt.toISOString() }, 201);
}

const loginRoute = createRoute({
  method: 'post',
  path: '/login',
  tags: ['Accounts'],
  summary: 'Sign in with email and password',
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: jsonResponse(AuthResponse, 'The user and a new bearer token'),
    400: commonErrors[400],
    401: commonErrors[401],
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/logout',
  tags: ['Accounts'],
  summary: 'Sign out: the token stops working at once',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  responses: { 204: { description: 'Signed out' }, 401: commonErrors[401] },
});

export function authRoutes() {
  return createRouter()
    .openapi(registerRoute('/register'), (c) => register(c, c.req.valid('json')))
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const { db, config, now } = c.get('services');
      const user = await db.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNobody(password);
      if (!user || !ok) throw new AppError('unauthorized', 'The email or password is not right.');
      const { token, expiresAt } = await issueToken(db.prisma, user.id, config.TOKEN_TTL_DAYS, now());
      return c.json({ user: toPublicUser(user), token, expiresAt: expiresAt.toISOString() }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const { db, now } = c.get('services');
      await revokeToken(db.prisma, c.get('user').tokenId, now());
      return c.body(null, 204);
    });
}
