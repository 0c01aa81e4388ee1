// "Because of" before a clause: "because of I was sick" -> "because I was sick" (Korean 때문에
// follows both nouns and clauses). "Because of" takes a noun; a subject pronoun starts a clause.
// "it" and "there" are also objects ("because of it", "because of it being late", "because of
// there"), so only with a finite verb right after them ("because of it rained", "because of
// there is no rain").
import { findWithRegex, type LearnerRule } from './rule';

const FINITE_AFTER_IT = String.raw`(?:is|was|has|had|will|would|can|could|did|does|isn't|wasn't|hasn't|didn't|doesn't|won't|can't|[a-z]+ed|rains|snows|takes|makes|looks|seems|costs|gets|goes)`;
const FINITE_AFTER_THERE = String.raw`(?:is|are|was|were|will|has|have|had|isn't|aren't|wasn't|weren't)`;

export const becauseOfClauseRule: LearnerRule = {
  id: 'grammar.because-of-clause',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    // "I", "he", "she", "we", "they" are subjects only ("because of him" and "of it" are right).
    findWithRegex(
      text,
      new RegExp(String.raw`\b(?<fix>(?<because>because)\s+of)(?=\s+(?:(?:I|he|she|we|they)\b|it\s+${FINITE_AFTER_IT}\b|there\s+${FINITE_AFTER_THERE}\b))`, 'i'),
      (m) => m.groups?.because ?? null,
    ),
};
