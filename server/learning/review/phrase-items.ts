// A phrase saved with highlight-to-practice joins the review queue as an item of kind 'phrase',
// due at once; deleting the phrase deletes its item (the foreign key cascades).
import type { PracticePhrase, Prisma as PrismaTypes } from '../../db/generated/client';
import { phraseParams } from './families/phrase';
import { reviewItemId } from './item-id';
import { newSchedule } from './scheduler';

export const phrasePatternKey = (phraseId: string) => `phrase:${phraseId}`;

export function phraseItemData(phrase: PracticePhrase & { userId: string }, now: Date): PrismaTypes.ReviewItemUncheckedCreateInput {
  const patternKey = phrasePatternKey(phrase.id);
  return {
    id: reviewItemId(phrase.userId, patternKey),
    userId: phrase.userId,
    kind: 'phrase',
    patternKey,
    family: 'phrase',
    pattern: phrase.englishText,
    type: 'vocabulary',
    corrected: phrase.englishText,
    explanation: phrase.koreanText ?? '',
    params: phraseParams(phrase.englishText) as PrismaTypes.InputJsonObject,
    phraseId: phrase.id,
    ...newSchedule(now),
    createdAt: now,
  };
}
