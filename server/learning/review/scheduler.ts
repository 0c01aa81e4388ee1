// When an item comes back: FSRS (ts-fsrs) decides from each rating. Scheduled in days, not
// minutes (enable_short_term off): the learner meets the tutor again in a day or a week, and
// minute-long learning steps would have it ask about the same mistake again in the same chat.
// Fuzz spreads items made on the same day over neighbouring days, as Anki does.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewRating } from '../../../shared/review';

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: true }));

/** An item's FSRS card as stored (camelCase columns of ReviewItem). */
export interface Schedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  fsrsLapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReviewedAt: Date | null;
}

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toCard(schedule: Schedule): Card {
  return {
    due: schedule.due,
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.fsrsLapses,
    state: schedule.state,
    ...(schedule.lastReviewedAt ? { last_review: schedule.lastReviewedAt } : {}),
  };
}

function fromCard(card: Card): Schedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    fsrsLapses: card.lapses,
    state: card.state,
    lastReviewedAt: card.last_review ?? null,
  };
}

/** A card never rated, due at once. */
export const newSchedule = (now: Date): Schedule => fromCard(createEmptyCard(now));

export function rate(schedule: Schedule, rating: ReviewRating, now: Date): Schedule {
  return fromCard(scheduler.next(toCard(schedule), now, GRADES[rating]).card);
}

export const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

/** Learned: in review (State 2) and expected to last three weeks (FSRS stability in days). */
export const LEARNED_STATE = 2;
export const LEARNED_STABILITY_DAYS = 21;

/** The database filter for a learner's learned items; the review summary and the progress history count the same ones. */
export function learnedItemsOf(userId: string) {
  return { userId, state: LEARNED_STATE, stability: { gte: LEARNED_STABILITY_DAYS } };
}
