// Accounts: register (also reachable as POST /api/users, the original design's path), login, logout and password
// change. Logins are rate-limited per account and per address; registration per address and by
// the server's REGISTRATION mode (auth/registration.ts).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { AuthResponse, ChangePasswordBody, LoginBody, RegisterBody } from '../../shared/api';
import { isUniqueViolation } from '../db/errors';
import { requireAuth } from '../auth/middleware';
import { hashPassword, verifyAgainstNobody, verifyPassword } from '../auth/passwords';
import { admitRegistration, createRegisteredUser } from '../auth/registration';
import { issueToken, revokeToken } from '../auth/tokens';
import { ErrorBody } from '../../shared/errors';
import type { AppEnv } from '../http/context';
import { AppError, rateLimited } from '../http/errors';
import { bearerSecurity, commonErrors, createRouter, jsonBody, jsonResponse } from '../http/router';
import { toPublicUser } from '../http/views';
import { clientAddress } from '../security/client-address';
import { limitKeys, limitsOf, waitWords } from '../security/limits';

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
      403: jsonResponse(ErrorBody, 'registration_closed (REGISTRATION=closed) or invite_required (REGISTRATION=invite, inviteCode missing or wrong)'),
      409: jsonResponse(z.object({ code: z.string() }), 'The email is already registered'),
      429: jsonResponse(ErrorBody, 'Too many new accounts from this address; retryAfterSec says when to try again'),
    },
  });

export async function register(c: Context<AppEnv>, body: RegisterBody) {
  const { db, config, now } = c.get('services');
  await admitRegistration(c, body.inviteCode);
  const email = body.email.toLowerCase();
  const passwordHash = await hashPassword(body.password, config.BCRYPT_ROUNDS);
  const user = await createRegisteredUser(c, {
    email,
    passwordHash,
    name: body.name ?? null,
    ...(body.nativeLanguage ? { nativeLanguage: body.nativeLanguage } : {}),
    ...(body.level ? { level: body.level } : {}),
    progress: { create: {} },
  }).catch((error: unknown) => {
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
    429: jsonResponse(ErrorBody, 'Too many attempts for this account or from this address; retryAfterSec says when to try again'),
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

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/password',
  tags: ['Accounts'],
  summary: 'Change your password: every earlier token is revoked and a fresh one is answered',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  request: { body: jsonBody(ChangePasswordBody) },
  responses: {
    200: jsonResponse(AuthResponse, 'The user and a new bearer token (the only one that now works)'),
    ...commonErrors,
    429: jsonResponse(ErrorBody, 'Too many wrong current passwords; retryAfterSec says when to try again'),
  },
});

/** Counts one attempt against the account (and the address, when given); 429 past either limit. */
async function guardPasswordAttempt(c: Context<AppEnv>, email: string, address?: string) {
  const { rateLimiter, config } = c.get('services');
  const limits = limitsOf(config);
  if (address !== undefined) {
    const byAddress = await rateLimiter.consume(limitKeys.loginAddress(address), limits.loginPerAddress);
    if (!byAddress.allowed) {
      throw rateLimited(`Too many sign-in attempts from your network. Try again in ${waitWords(byAddress.retryAfterSec)}.`, byAddress.retryAfterSec);
    }
  }
  const byEmail = await rateLimiter.consume(limitKeys.loginEmail(email), limits.loginPerEmail);
  if (!byEmail.allowed) {
    throw rateLimited(`Too many sign-in attempts for this account. Try again in ${waitWords(byEmail.retryAfterSec)}.`, byEmail.retryAfterSec);
  }
}

export function authRoutes() {
  return createRouter()
    .openapi(registerRoute('/register'), (c) => register(c, c.req.valid('json')))
    .openapi(loginRoute, async (c) => {
      const { password } = c.req.valid('json');
      const email = c.req.valid('json').email.toLowerCase();
      const { db, config, now, rateLimiter } = c.get('services');
      await guardPasswordAttempt(c, email, clientAddress(c));
      const user = await db.prisma.user.findUnique({ where: { email } });
      const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNobody(password);
      if (!user || !ok) throw new AppError('unauthorized', 'The email or password is not right.');
      await rateLimiter.reset(limitKeys.loginEmail(email));
      const { token, expiresAt } = await issueToken(db.prisma, user.id, config.TOKEN_TTL_DAYS, now());
      return c.json({ user: toPublicUser(user), token, expiresAt: expiresAt.toISOString() }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const { db, now } = c.get('services');
      await revokeToken(db.prisma, c.get('user').tokenId, now());
      return c.body(null, 204);
    })
    .openapi(changePasswordRoute, async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const { db, config, now, rateLimiter } = c.get('services');
      const { id, email } = c.get('user');
      // A stolen token must not become a way to guess the password: same limit as logins.
      await guardPasswordAttempt(c, email);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id } });
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new AppError('validation_failed', 'currentPassword: this is not your current password.');
      }
      await rateLimiter.reset(limitKeys.loginEmail(email));
      const passwordHash = await hashPassword(newPassword, config.BCRYPT_ROUNDS);
      const changedAt = now();
      await db.prisma.$transaction([
        db.prisma.user.update({ where: { id }, data: { passwordHash } }),
        db.prisma.authToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: changedAt } }),
      ]);
      const { token, expiresAt } = await issueToken(db.prisma, id, config.TOKEN_TTL_DAYS, changedAt);
      return c.json({ user: toPublicUser(user), token, expiresAt: expiresAt.toISOString() }, 200);
    });
}
