// Keeps each learner's Progress row current as they practise. One atomic upsert per event, so
// concurrent turns (or several server processes) never lose an increment or break the streak.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../db/client';

export interface Activity {
  sessions?: number;
  turns?: number;
  corrections?: number;
  durationSec?: number;
}

/** The UTC calendar day of a moment, as YYYY-MM-DD. Streaks and daily stats count UTC days. */
export const utcDay = (moment: Date) => moment.toISOString().slice(0, 10);

export async function recordActivity(prisma: Prisma, userId: string, now: Date, activity: Activity): Promise<void> {
  const today = utcDay(now);
  const { sessions = 0, turns = 0, corrections = 0, durationSec = 0 } = activity;
  await prisma.$executeRaw`
    INSERT INTO "Progress" ("id", "userId", "totalSessions", "totalTurns", "totalCorrections",
                            "totalDurationSec", "streak", "lastActiveDay", "updatedAt")
    VALUES (${randomUUID()}, ${userId}, ${sessions}, ${turns}, ${corrections}, ${durationSec}, 1,
            ${today}::date, ${now})
    ON CONFLICT ("userId") DO UPDATE SET
      "totalSessions"    = "Progress"."totalSessions" + EXCLUDED."totalSessions",
      "totalTurns"       = "Progress"."totalTurns" + EXCLUDED."totalTurns",
      "totalCorrections" = "Progress"."totalCorrections" + EXCLUDED."totalCorrections",
      "totalDurationSec" = "Progress"."totalDurationSec" + EXCLUDED."totalDurationSec",
      "streak" = CASE
        WHEN "Progress"."lastActiveDay" = EXCLUDED."lastActiveDay" THEN "Progress"."streak"
        WHEN "Progress"."lastActiveDay" = EXCLUDED."lastActiveDay" - 1 THEN "Progress"."streak" + 1
        WHEN "Progress"."lastActiveDay" > EXCLUDED."lastActiveDay" THEN "Progress"."streak"
        ELSE 1 END,
      "lastActiveDay" = GREATEST("Progress"."lastActiveDay", EXCLUDED."lastActiveDay"),
      "updatedAt" = EXCLUDED."updatedAt"`;
}
