// "during" is for a named period, not a length or a clause (Korean ~동안 is all three): "during
// three hours" -> "for three hours", "during I was in Japan" -> "while I was in Japan". The
// reverse, "while the movie", is preposition.while-during.
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const LENGTH = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+few|several|many)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)`;

export const duringForRule: LearnerRule = {
  id: 'preposition.during-for',
  type: 'preposition',
  severity: 'moderate',
  // "during the three hours of the exam" names the period: only a bare length.
  find: ({ text }) => findWithRegex(text, new RegExp(String.raw`\b(?<fix>during)\s+${LENGTH}\b(?!\s+of\b)`, 'i'), (m) => matchCase(m.groups?.fix ?? '', 'for')),
};

export const duringWhileRule: LearnerRule = {
  id: 'preposition.during-while',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?<fix>during)\s+(?:I|you|we|they|he|she|it|my\s+[a-z]+)\s+(?:was|were|am|is|are|had|have|did|went|lived|stayed|studied|worked|slept)\b/i, (m) => matchCase(m.groups?.fix ?? '', 'while')),
};
