// ReviewItem rows -> shared/review.ts shapes.
import type { CorrectionType } from '../../../shared/corrections';
import type { ReviewItemKind, ReviewItemView } from '../../../shared/review';
import type { ReviewExample, ReviewItem } from '../../db/generated/client';
import { STATE_NAMES } from './scheduler';

/** How many of an item's own sentences a view carries (the newest). */
export const EXAMPLES_PER_ITEM = 10;

export type ItemWithExamples = ReviewItem & { examples: (ReviewExample & { message: { audioUrl: string | null } })[] };

/** Prisma `include` for the examples a view shows, with each message's recording. */
export const examplesInclude = {
  examples: { orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }], take: EXAMPLES_PER_ITEM, include: { message: { select: { audioUrl: true } } } },
};

export function toReviewItemView(item: ItemWithExamples): ReviewItemView {
  return {
    id: item.id,
    kind: item.kind as ReviewItemKind,
    pattern: item.pattern,
    type: item.type as CorrectionType,
    corrected: item.corrected,
    correctedSentence: item.correctedSentence,
    explanation: item.explanation,
    examples: [...item.examples].reverse().map((e) => ({ messageId: e.messageId, text: e.text, audioUrl: e.message.audioUrl })),
    lapses: item.lapses,
    reps: item.reps,
    due: item.due.toISOString(),
    stability: item.stability,
    state: STATE_NAMES[item.state] ?? 'review',
    lastReviewedAt: item.lastReviewedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
  };
}
