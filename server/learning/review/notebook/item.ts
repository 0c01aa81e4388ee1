// A notebook item as a turn holds it: what identifies it, what its detector needs, its schedule.
import type { CorrectionType } from '../../../../shared/corrections';
import type { ReviewItemKind } from '../../../../shared/review';
import type { FamilyId, PatternParams } from '../families/family';
import type { Schedule } from '../scheduler';

export interface NotebookItem extends Schedule {
  id: string;
  kind: ReviewItemKind;
  patternKey: string;
  family: FamilyId;
  pattern: string;
  type: CorrectionType;
  corrected: string;
  params: PatternParams;
  lapses: number;
}

/** What a turn writes for an item it created or rated. */
export interface ItemWrite {
  item: NotebookItem;
  created: boolean;
  explanation?: string;
  correctedSentence?: string | null;
}

export interface ExampleWrite {
  itemId: string;
  messageId: string;
  text: string;
  createdAt: Date;
}

export interface LogWrite {
  itemId: string;
  rating: 'again' | 'hard' | 'good' | 'easy';
  source: 'conversation' | 'drill';
  messageId: string | null;
  answer: string | null;
  due: Date;
  stability: number;
  reviewedAt: Date;
}

export const isDue = (item: Pick<NotebookItem, 'due'>, now: Date) => item.due.getTime() <= now.getTime();
