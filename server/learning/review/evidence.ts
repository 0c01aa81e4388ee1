// What a learner's sentence shows about an item they already have: the same mistake again, a
// correct use of the corrected form, or nothing. The family's detector reads the sentence; a
// correct use counts only where nothing this turn flagged overlaps it (the construction must be
// right, not merely present).
import { FAMILIES } from './families';
import type { FamilyId, PatternParams, Use } from './families/family';
import type { Sentence } from './language/sentence';

export interface JudgedItem {
  family: FamilyId;
  params: PatternParams;
}

export type Evidence = 'good' | 'again' | null;

const overlaps = (use: Use, span: { start: number; end: number }) => use.start < span.end && span.start < use.end;

export function judgeUse(item: JudgedItem, sentences: readonly Sentence[], flagged: readonly { start: number; end: number }[]): Evidence {
  const family = FAMILIES[item.family];
  const uses = sentences.flatMap((sentence) => family.uses(sentence, item.params));
  if (uses.some((use) => use.verdict === 'mistake')) return 'again';
  if (uses.some((use) => use.verdict === 'correct' && !flagged.some((span) => overlaps(use, span)))) return 'good';
  return null;
}
