// Test cases of the clause rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const grammarCases: Record<string, RuleCases> = {
  'grammar.because-of-clause': {
    flags: [
      ["I couldn't sleep because of I was sick.", "I couldn't sleep because I was sick."],
      ['We stayed home because of we were tired.', 'We stayed home because we were tired.'],
      ['Because of he was late, we missed the bus.', 'Because he was late, we missed the bus.'],
    ],
    leavesAlone: ['I stayed home because of the rain.', 'It happened because of him.', 'We won because of them.', 'Because of it, I was late.', 'I came because I wanted to.'],
  },
};
