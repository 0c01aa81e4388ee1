// Read side of progress: totals, daily minutes and turns, corrections by type, weaknesses.
// Days are UTC calendar days (the server does not know the learner's time zone yet).
import type { ProgressStats, ProgressSummary, Weaknesses } from '../../shared/api';
import type { CorrectionType } from '../../shared/corrections';
import type { Prisma } from '../db/client';
import { utcDay } from './rollup';

const DAY_MS = 86_400_000;
const startOfUtcDay = (moment: Date) => new Date(`${utcDay(moment)}T00:00:00.000Z`);

// A session's practice time: its recorded duration once ended, else first-to-last message.
const SESSION_SECONDS = `COALESCE(s."durationSec", EXTRACT(EPOCH FROM (
  (SELECT MAX(m."createdAt") FROM "Conversation" m WHERE m."sessionId" = s."id") - s."startedAt"))::int, 0)`;

export async function progressSummary(prisma: Prisma, userId: string, now: Date): Promise<ProgressSummary> {
  const today = startOfUtcDay(now);
  const weekAgo = new Date(today.getTime() - 6 * DAY_MS);
  const [progress, todaySeconds, sessionsThisWeek] = await Promise.all([
    prisma.progress.findUnique({ where: { userId } }),
    prisma.$queryRawUnsafe<{ seconds: number | null }[]>(
      `SELECT SUM(${SESSION_SECONDS})::int AS seconds FROM "Session" s WHERE s."userId" = $1 AND s."startedAt" >= $2`,
      userId,
      today,
    ),
    prisma.session.count({ where: { userId, startedAt: { gte: weekAgo } } }),
  ]);
  const lastActive = progress?.lastActiveDay ? utcDay(progress.lastActiveDay) : null;
  const yesterday = utcDay(new Date(today.getTime() - DAY_MS));
  // The stored streak is as of the last active day; it is broken once a whole day passes without practice.
  const streak = lastActive && lastActive >= yesterday ? (progress?.streak ?? 0) : 0;
  return {
    userId,
    totalSessions: progress?.totalSessions ?? 0,
    totalDurationSec: progress?.totalDurationSec ?? 0,
    totalTurns: progress?.totalTurns ?? 0,
    totalCorrections: progress?.totalCorrections ?? 0,
    streak,
    todayMinutes: Math.round(((todaySeconds[0]?.seconds ?? 0) / 60) * 10) / 10,
    sessionsThisWeek,
    lastActiveDay: lastActive,
  };
}

/** Practice minutes on each of the last `days` UTC days, oldest first (a session counts on the day it started). */
export async function minutesPerDay(prisma: Prisma, userId: string, now: Date, days = 30): Promise<{ day: string; minutes: number }[]> {
  const from = new Date(startOfUtcDay(now).getTime() - (days - 1) * DAY_MS);
  const rows = await prisma.$queryRawUnsafe<{ day: string; seconds: number }[]>(
    `SELECT to_char(s."startedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, SUM(${SESSION_SECONDS})::int AS seconds
       FROM "Session" s WHERE s."userId" = $1 AND s."startedAt" >= $2 GROUP BY 1`,
    userId,
    from,
  );
  const secondsByDay = new Map(rows.map((r) => [r.day, r.seconds]));
  return Array.from({ length: days }, (_, i) => {
    const day = utcDay(new Date(from.getTime() + i * DAY_MS));
    return { day, minutes: Math.round(((secondsByDay.get(day) ?? 0) / 60) * 10) / 10 };
  });
}

export async function progressStats(prisma: Prisma, userId: string, now: Date): Promise<ProgressStats> {
  const today = startOfUtcDay(now);
  const from = new Date(today.getTime() - 29 * DAY_MS);
  const weekAgo = new Date(today.getTime() - 6 * DAY_MS);
  const [minutes, turnRows, byType, byTypeThisWeek] = await Promise.all([
    minutesPerDay(prisma, userId, now, 30),
    prisma.$queryRawUnsafe<{ day: string; turns: number }[]>(
      `SELECT to_char(m."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, COUNT(*)::int AS turns
         FROM "Conversation" m JOIN "Session" s ON s."id" = m."sessionId"
        WHERE s."userId" = $1 AND m."role" = 'user' AND m."createdAt" >= $2 GROUP BY 1`,
      userId,
      from,
    ),
    prisma.correction.groupBy({ by: ['type'], where: { userId }, _count: { _all: true } }),
    prisma.correction.groupBy({ by: ['type'], where: { userId, createdAt: { gte: weekAgo } }, _count: { _all: true } }),
  ]);
  const turnsByDay = new Map(turnRows.map((r) => [r.day, r.turns]));
  const days = minutes.map(({ day, minutes }) => ({ day, minutes, turns: turnsByDay.get(day) ?? 0 }));
  const counts = (rows: typeof byType) =>
    rows
      .map((r) => ({ type: r.type as CorrectionType, count: r._count._all }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { days, correctionsByType: counts(byType), correctionsByTypeThisWeek: counts(byTypeThisWeek) };
}

export async function progressWeaknesses(prisma: Prisma, userId: string, now: Date, top = 5): Promise<Weaknesses> {
  const lastWeekStart = new Date(now.getTime() - 7 * DAY_MS);
  const weekBeforeStart = new Date(now.getTime() - 14 * DAY_MS);
  const rows = await prisma.$queryRawUnsafe<{ type: string; total: number; last_week: number; week_before: number }[]>(
    `SELECT "type", COUNT(*)::int AS total,
            COUNT(*) FILTER (WHERE "createdAt" >= $2)::int AS last_week,
            COUNT(*) FILTER (WHERE "createdAt" >= $3 AND "createdAt" < $2)::int AS week_before
       FROM "Correction" WHERE "userId" = $1
      GROUP BY "type" ORDER BY total DESC, "type" ASC LIMIT $4`,
    userId,
    lastWeekStart,
    weekBeforeStart,
    top,
  );
  const items = await Promise.all(
    rows.map(async (row) => {
      const examples = await prisma.correction.findMany({
        where: { userId, type: row.type },
        orderBy: { createdAt: 'desc' },
        take: 2,
        select: { originalText: true, correctedText: true, explanation: true },
      });
      const trend = row.last_week > row.week_before ? 'rising' : row.last_week < row.week_before ? 'falling' : 'steady';
      return {
        type: row.type as CorrectionType,
        count: row.total,
        trend,
        lastWeek: row.last_week,
        weekBefore: row.week_before,
        examples: examples.map((e) => ({ original: e.originalText, corrected: e.correctedText, explanation: e.explanation })),
      } as const;
    }),
  );
  return { items };
}
