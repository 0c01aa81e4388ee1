// Who may create an account (REGISTRATION: open, invite or closed) and how many accounts one
// address may create in a window. The count lives in the database (RateLimitBucket), so it holds
// across server processes. Refusals: 403 registration_closed / invite_required, 429 rate_limited.
import type { Context } from 'hono';
import type { Prisma as PrismaTypes, User } from '../db/generated/client';
import type { AppEnv } from '../http/context';
import { AppError, rateLimited } from '../http/errors';
import { clientAddress } from '../security/client-address';
import { limitKeys, limitsOf, waitWords } from '../security/limits';
import { sameSecret } from '../security/same-secret';

const registrationClosed = () =>
  new AppError('registration_closed', 'Registration is closed on this server: only its operator has an account.');

/** Checked before the password is hashed, so a refused sign-up costs no bcrypt time. */
export async function admitRegistration(c: Context<AppEnv>, inviteCode: string | undefined): Promise<void> {
  const { db, config, rateLimiter } = c.get('services');
  if (config.REGISTRATION === 'closed' && (await db.prisma.user.findFirst({ select: { id: true } }))) throw registrationClosed();
  // Counted before the invite code is checked, so the limit also stops guessing codes.
  const byAddress = await rateLimiter.consume(limitKeys.registerAddress(clientAddress(c)), limitsOf(config).registerPerAddress);
  if (!byAddress.allowed) {
    throw rateLimited(`Too many new accounts from your network. Try again in ${waitWords(byAddress.retryAfterSec)}.`, byAddress.retryAfterSec);
  }
  if (config.REGISTRATION === 'invite') {
    if (!inviteCode) throw new AppError('invite_required', 'inviteCode: this server creates accounts only with an invite code from its operator.');
    if (!sameSecret(inviteCode, config.REGISTRATION_INVITE_CODE ?? '')) throw new AppError('invite_required', 'inviteCode: this invite code is not right.');
  }
}

/**
 * Creates the user. With REGISTRATION=closed the "no account yet" check and the insert run under
 * one advisory lock, so of several first sign-ups arriving at once exactly one gets through.
 */
export async function createRegisteredUser(c: Context<AppEnv>, data: PrismaTypes.UserCreateInput): Promise<User> {
  const { db, config } = c.get('services');
  if (config.REGISTRATION !== 'closed') return db.prisma.user.create({ data });
  return db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('registration:first-account'))`;
    if (await tx.user.findFirst({ select: { id: true } })) throw registrationClosed();
    return tx.user.create({ data });
  });
}
