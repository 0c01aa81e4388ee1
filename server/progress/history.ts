// Progress over time (GET /api/progress/:userId/history): how often the learner's words needed a
// correction, week by week and by type, over the last HISTORY_WEEKS ISO weeks (Monday, UTC); their
// practice minutes on each of the last 30 days; and their mistake notebook's items, learned (in
// FSRS review, expected to last three weeks), due now and in all. A correction counts in the week of the message it corrects, against that message's
// words (countWords, the same count as the level estimate's).
import { CorrectionType } from '../../shared/corrections';
import type { ProgressHistory } from '../../shared/review';
import type { Prisma } from '../db/client';
import { countWords } from '../learning/level/lexical';
import { learnedItemsOf } from '../learning/review/scheduler';
import { minutesPerDay } from './queries';
import { lastWeeks, WEEK_MS, weekName } from './weeks';

export const HISTORY_WEEKS = 12;
const HISTORY_DAYS = 30;

const per100 = (errors: number, words: number) => (words ? Math.round((errors / words) * 1000) / 10 : 0);

async function weeklyErrors(prisma: Prisma, userId: string, now: Date): Promise<ProgressHistory['weeks']> {
  const mondays = lastWeeks(now, HISTORY_WEEKS);
  const messages = await prisma.conversation.findMany({
    where: { role: 'user', session: { userId }, createdAt: { gte: mondays[0] } },
    select: { content: true, createdAt: true, corrections: { select: { type: true } } },
  });
  const weeks = mondays.map(() => ({ words: 0, errors: 0, byType: new Map<CorrectionType, number>() }));
  for (const message of messages) {
    const week = weeks[Math.floor((message.createdAt.getTime() - mondays[0]!.getTime()) / WEEK_MS)];
    if (!week) continue; // written after `now` (a clock moved back in tests)
    week.words += countWords(message.content);
    for (const { type } of message.corrections) {
      const known = CorrectionType.safeParse(type);
      week.errors++;
      if (known.success) week.byType.set(known.data, (week.byType.get(known.data) ?? 0) + 1);
    }
  }
  return weeks.map((week, i) => ({
    week: weekName(mondays[i]!),
    words: week.words,
    errorsPer100Words: per100(week.errors, week.words),
    byType: [...week.byType]
      .sort(([typeA, a], [typeB, b]) => b - a || typeA.localeCompare(typeB))
      .map(([type, count]) => ({ type, errorsPer100Words: per100(count, week.words) })),
  }));
}

// Counted as the notebook's own summary counts them (GET /api/review/summary).
async function notebookItems(prisma: Prisma, userId: string, now: Date): Promise<ProgressHistory['items']> {
  const [learned, due, total] = await Promise.all([
    prisma.reviewItem.count({ where: learnedItemsOf(userId) }),
    prisma.reviewItem.count({ where: { userId, due: { lte: now } } }),
    prisma.reviewItem.count({ where: { userId } }),
  ]);
  return { learned, due, total };
}

export async function progressHistory(prisma: Prisma, userId: string, now: Date): Promise<ProgressHistory> {
  const [weeks, days, items] = await Promise.all([
    weeklyErrors(prisma, userId, now),
    minutesPerDay(prisma, userId, now, HISTORY_DAYS),
    notebookItems(prisma, userId, now),
  ]);
  return { weeks, days, items };
}
