// Fixed-window counters in the RateLimitBucket table. Every process on the same database shares
// them, so a limit holds however many servers run behind the load balancer. One upsert takes the
// units atomically; a refused request gives them back, so hammering a limit does not extend it.
import type { Prisma } from '../db/client';
import { isUnlimited, type RateLimit, type RateLimitDecision, type RateLimiter } from './rate-limiter';

/** Expired buckets are swept about once every this many requests. */
const SWEEP_EVERY = 500;

export function createPostgresRateLimiter(prisma: Prisma, now: () => Date): RateLimiter {
  let requests = 0;
  return {
    async consume(key: string, rule: RateLimit, cost = 1): Promise<RateLimitDecision> {
      if (isUnlimited(rule)) return { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfterSec: 0 };
      const at = now();
      const freshReset = new Date(at.getTime() + rule.windowMs);
      if (++requests % SWEEP_EVERY === 0) await prisma.rateLimitBucket.deleteMany({ where: { resetAt: { lte: at } } });
      // Times cross as epoch milliseconds: a Date parameter in raw SQL would be read in the
      // session's time zone, while Prisma keeps DateTime columns in UTC.
      const atMs = at.getTime();
      const [row] = await prisma.$queryRaw<{ count: number; resetAtMs: number }[]>`
        INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
        VALUES (${key}, ${cost}, to_timestamp(${freshReset.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimitBucket"."resetAt" <= to_timestamp(${atMs}::float8 / 1000) AT TIME ZONE 'UTC'
            THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
          "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= to_timestamp(${atMs}::float8 / 1000) AT TIME ZONE 'UTC'
            THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
        RETURNING "count", EXTRACT(EPOCH FROM "resetAt")::float8 * 1000 AS "resetAtMs"`;
      if (!row) throw new Error(`rate limit upsert returned no row for ${key}`);
      const resetAtMs = Number(row.resetAtMs);
      const retryAfterSec = Math.max(1, Math.ceil((resetAtMs - atMs) / 1000));
      if (row.count <= rule.limit) return { allowed: true, remaining: rule.limit - row.count, retryAfterSec: 0 };
      await prisma.$executeRaw`
        UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - ${cost}, 0)
        WHERE "key" = ${key} AND abs(EXTRACT(EPOCH FROM "resetAt")::float8 * 1000 - ${resetAtMs}::float8) < 1`;
      return { allowed: false, remaining: Math.max(0, rule.limit - (row.count - cost)), retryAfterSec };
    },
    async reset(key: string) {
      await prisma.rateLimitBucket.deleteMany({ where: { key } });
    },
  };
}
