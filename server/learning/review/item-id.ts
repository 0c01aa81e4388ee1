// An item's id is derived from its owner and pattern, so the conversation can name the item in
// the correction event at once, before (and whether or not) its row is written, and two turns
// that make the same new mistake at once agree on it. prisma/migrations/*_review_notebook
// computes the same for the phrases it carries over.
import { createHash } from 'node:crypto';

export function reviewItemId(userId: string, patternKey: string): string {
  const hex = createHash('sha256').update(`${userId}\n${patternKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
