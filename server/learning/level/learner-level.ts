// One learner's level estimate (estimate.ts) from their own messages: what they said or typed
// (role 'user'), with the corrections found in each. The current level rests on their latest
// messages, whenever they were written, up to WINDOW_WORDS words (and at most CURRENT_MESSAGES
// messages), so it follows the learner as they improve; more words would not raise the
// confidence past its ceiling anyway. The trend repeats the estimate on each of the last
// TREND_WEEKS ISO weeks alone, each on that week's latest WINDOW_WORDS words.
// A message is analysed once per process: its features are remembered by id (and text, which a
// transcription may still fill in), so a new turn costs the analysis of one message, not all.
import type { LevelEstimate } from '../../../shared/review';
import type { Prisma } from '../../db/client';
import { lastWeeks, WEEK_MS, weekName } from '../../progress/weeks';
import { addFeatures, estimateFromFeatures, featuresOf, NO_FEATURES, type LevelBreakdown, type TextFeatures } from './estimate';
import { vocabularyProfile } from './vocabulary-profile';

export const CURRENT_MESSAGES = 200;
export const WINDOW_WORDS = 2_000;
export const TREND_WEEKS = 8;
/** A bound on the trend's read; a learner past it (hundreds of turns a week) has their oldest trend weeks thinned. */
const TREND_MESSAGES = 5_000;
const FEATURE_CACHE_SIZE = 50_000;

interface MessageRow {
  id: string;
  content: string;
  createdAt: Date;
  _count: { corrections: number };
}

const featureCache = new Map<string, { content: string; features: TextFeatures }>();

function featuresOfMessage(row: MessageRow): TextFeatures {
  const cached = featureCache.get(row.id);
  if (cached && cached.content === row.content) {
    // Least recently used goes first: re-insert to mark it used.
    featureCache.delete(row.id);
    featureCache.set(row.id, cached);
    return cached.features;
  }
  const features = featuresOf(vocabularyProfile(), row.content);
  featureCache.set(row.id, { content: row.content, features });
  if (featureCache.size > FEATURE_CACHE_SIZE) featureCache.delete(featureCache.keys().next().value!);
  return features;
}

/** The estimate of the newest rows (newest first) that together reach WINDOW_WORDS words. */
function estimateOf(newestFirst: readonly MessageRow[]): LevelBreakdown {
  let features = NO_FEATURES;
  let errors = 0;
  for (const row of newestFirst) {
    if (features.words >= WINDOW_WORDS) break;
    features = addFeatures(features, featuresOfMessage(row));
    errors += row._count.corrections;
  }
  return estimateFromFeatures(features, errors);
}

function learnerMessages(prisma: Prisma, userId: string, take: number, since?: Date): Promise<MessageRow[]> {
  return prisma.conversation.findMany({
    where: { role: 'user', content: { not: '' }, session: { userId }, ...(since ? { createdAt: { gte: since } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, content: true, createdAt: true, _count: { select: { corrections: true } } },
  });
}

/** The level now, with the numbers behind it. */
export async function currentLevel(prisma: Prisma, userId: string): Promise<LevelBreakdown> {
  return estimateOf(await learnerMessages(prisma, userId, CURRENT_MESSAGES));
}

/** GET /api/progress/:userId/level: the level now and week by week (oldest first, the current week last). */
export async function levelEstimate(prisma: Prisma, userId: string, now: Date): Promise<LevelEstimate> {
  const weeks = lastWeeks(now, TREND_WEEKS);
  const [current, recent] = await Promise.all([
    currentLevel(prisma, userId),
    learnerMessages(prisma, userId, TREND_MESSAGES, weeks[0]),
  ]);
  const trend = weeks.map((monday) => {
    const end = monday.getTime() + WEEK_MS;
    const rows = recent.filter((r) => r.createdAt.getTime() >= monday.getTime() && r.createdAt.getTime() < end);
    const week = estimateOf(rows);
    return { week: weekName(monday), level: week.level, basedOnWords: week.basedOnWords };
  });
  return { level: current.level, confidence: current.confidence, basedOnWords: current.basedOnWords, trend };
}
