// Stored corrections with their notebook item, and whether the learner had made the mistake
// before: the item's first example came from another message. What the correction event said
// live, readable again after a reload.
import type { CorrectionView } from '../../../shared/api';
import type { Prisma } from '../../db/client';
import type { Correction } from '../../db/generated/client';

export async function withReviewLinks(prisma: Prisma, rows: readonly Correction[], view: (row: Correction) => CorrectionView): Promise<CorrectionView[]> {
  const itemIds = [...new Set(rows.map((r) => r.reviewItemId).filter((id): id is string => id !== null))];
  const firsts =
    itemIds.length === 0
      ? []
      : await prisma.reviewExample.findMany({
          where: { itemId: { in: itemIds } },
          orderBy: [{ itemId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
          distinct: ['itemId'],
          select: { itemId: true, messageId: true },
        });
  const firstMessage = new Map(firsts.map((f) => [f.itemId, f.messageId]));
  return rows.map((row) => {
    if (row.reviewItemId === null) return view(row);
    const first = firstMessage.get(row.reviewItemId);
    return { ...view(row), reviewItemId: row.reviewItemId, again: first !== undefined && first !== row.conversationId };
  });
}
