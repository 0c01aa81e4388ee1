// The learning loop's contract, for the server, the WebSocket and the extension alike: the
// mistake notebook (review items keyed by the mistake's pattern, scheduled with FSRS), drills,
// the level estimate and progress over time. Route and field names are fixed by the product's API:
//   GET  /api/review/items?due=true|false   -> ReviewItemList (due=true: only items due now)
//   GET  /api/review/items/:id              -> ReviewItemView
//   POST /api/review/items/:id/rate         RateBody -> ReviewItemView (with its next `due`)
//   GET  /api/review/summary                -> ReviewSummary
//   GET  /api/review/export.csv             -> text/csv for Anki (front, back, tags)
//   GET  /api/progress/:userId/level        -> LevelEstimate
//   GET  /api/progress/:userId/history      -> ProgressHistory
// and the socket events review.target / review.result (shared/ws.ts).
import { z } from 'zod';
import { CorrectionType } from './corrections';

export const ReviewRating = z.enum(['again', 'hard', 'good', 'easy']);
export type ReviewRating = z.infer<typeof ReviewRating>;

/** Where an item came from: a correction of something the learner said, or a phrase they saved to practise. */
export const ReviewItemKind = z.enum(['mistake', 'phrase']);
export type ReviewItemKind = z.infer<typeof ReviewItemKind>;

export const ReviewExample = z.object({
  messageId: z.string(),
  /** The learner's own sentence, as they said or typed it. */
  text: z.string(),
  /** Their recording of it, when they spoke it (served to them only). */
  audioUrl: z.string().nullable().optional(),
});
export type ReviewExample = z.infer<typeof ReviewExample>;

export const ReviewItemView = z.object({
  id: z.string(),
  kind: ReviewItemKind,
  /** The pattern in words: "enjoy + to-infinitive → enjoy + -ing". */
  pattern: z.string(),
  type: CorrectionType,
  /** The corrected form ("enjoy reading"); for a phrase, the phrase itself. */
  corrected: z.string(),
  /** The learner's own sentence corrected, when the item came from a sentence: what a drill asks them to say. */
  correctedSentence: z.string().nullable(),
  /** A short explanation in the learner's language. */
  explanation: z.string(),
  examples: z.array(ReviewExample),
  lapses: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  due: z.iso.datetime(),
  /** FSRS stability in days: how long the memory is expected to last. */
  stability: z.number().nonnegative(),
  /** FSRS state: new, learning, review (learned) or relearning. */
  state: z.enum(['new', 'learning', 'review', 'relearning']),
  lastReviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ReviewItemView = z.infer<typeof ReviewItemView>;

export const ReviewItemsQuery = z.object({
  due: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(100).optional(),
});

export const ReviewItemList = z.object({ items: z.array(ReviewItemView), nextCursor: z.string().nullable() });
export type ReviewItemList = z.infer<typeof ReviewItemList>;

export const RateBody = z.object({
  rating: ReviewRating,
  /** What the learner said or typed in the drill, kept as the attempt's evidence. */
  answer: z.string().max(2000).optional(),
});
export type RateBody = z.infer<typeof RateBody>;

/** The number of items due now, for the "N to review" badges. */
export const ReviewSummary = z.object({ due: z.number().int().nonnegative(), total: z.number().int().nonnegative(), learned: z.number().int().nonnegative() });
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const CefrLevel = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export type CefrLevel = z.infer<typeof CefrLevel>;

export const LevelEstimate = z.object({
  level: CefrLevel.nullable(),
  /** 0..1: how sure the estimate is (grows with the words it is based on). */
  confidence: z.number().min(0).max(1),
  basedOnWords: z.number().int().nonnegative(),
  /** The same estimate week by week, oldest first, for the trend. */
  trend: z.array(z.object({ week: z.string(), level: CefrLevel.nullable(), basedOnWords: z.number().int().nonnegative() })).optional(),
});
export type LevelEstimate = z.infer<typeof LevelEstimate>;

export const ProgressHistory = z.object({
  weeks: z.array(
    z.object({
      /** Monday of the week, YYYY-MM-DD (UTC). */
      week: z.string(),
      words: z.number().int().nonnegative(),
      errorsPer100Words: z.number().nonnegative(),
      byType: z.array(z.object({ type: CorrectionType, errorsPer100Words: z.number().nonnegative() })),
    }),
  ),
  days: z.array(z.object({ day: z.string(), minutes: z.number().nonnegative() })),
  items: z.object({ learned: z.number().int().nonnegative(), due: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
});
export type ProgressHistory = z.infer<typeof ProgressHistory>;
