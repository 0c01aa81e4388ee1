// "Because of" before a clause: "because of I was sick" -> "because I was sick" (Korean 때문에
// follows both nouns and clauses). "Because of" takes a noun; a subject pronoun starts a clause.
import { findWithRegex, type LearnerRule } from './rule';

export const becauseOfClauseRule: LearnerRule = {
  id: 'grammar.because-of-clause',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    // "I", "he", "she", "we", "they" are subjects only ("because of him" and "of it" are right).
    findWithRegex(text, /\b(?<fix>(?<because>because)\s+of)(?=\s+(?:I|he|she|we|they)\b)/i, (m) => m.groups?.because ?? null),
};
