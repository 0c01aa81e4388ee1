// Opaque bearer tokens: random bytes handed to the client once, stored only as a SHA-256 hash.
// Revoking is a row update, so logout and password changes take effect in every process at once.
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '../db/client';

const TOKEN_PREFIX = 'vea_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(prisma: Prisma, userId: string, ttlDays: number, now: Date) {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
  await prisma.authToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

/** The user a token belongs to, or null when it is unknown, expired or revoked. */
export async function resolveToken(prisma: Prisma, token: string, now: Date) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await prisma.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, nativeLanguage: true, level: true } } },
  });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  return { ...row.user, tokenId: row.id };
}

export async function revokeToken(prisma: Prisma, tokenId: string, now: Date) {
  await prisma.authToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
}
