// "Although it was raining, but we went hiking." -> drop "but" (Korean -지만 joins the two
// clauses with one word; English needs "although" or "but", not both). Only when "although",
// "though" or "even though" opens the sentence and "but" opens the next clause: after the first
// comma, or before a subject pronoun when there is no comma ("although poor but honest" joins two
// words). "I like it although it is old, but my wife doesn't" joins the main clause and is right.
import { findWithRegex, type LearnerRule } from './rule';

// The opening clause has a subject and a verb ("Though small, but powerful" has neither), and a
// subject opens the clause after "but".
const OPENING = String.raw`(?<=(?:^|[.!?]["'”’]?\s+)(?:[Aa]lthough|[Tt]hough|[Ee]ven\s+though)\s+[\w'’]+\s+[\w'’]+`;
const CLAUSE_AFTER = String.raw`(?=(?:I|you|he|she|it|we|they|there|my|your|his|her|our|their|the|this|that|these|those|[A-Z][a-z]+)\s)`;

export const althoughButRule: LearnerRule = {
  id: 'grammar.although-but',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, new RegExp(String.raw`${OPENING}[^,.!?;]*,\s*)(?<fix>but\s+)${CLAUSE_AFTER}`), () => ''),
    ...findWithRegex(text, new RegExp(String.raw`${OPENING}[^,.!?;]*\w)(?<fix>\s+but)\s${CLAUSE_AFTER}`), () => ','),
  ],
};
