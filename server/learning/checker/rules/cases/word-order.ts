// Test cases of the word-order rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const wordOrderCases: Record<string, RuleCases> = {
  'word-order.embedded-question': {
    flags: [
      ["I don't know what is it.", "I don't know what it is."],
      ['Can you tell me where is the bank?', 'Can you tell me where the bank is?'],
      ['I wonder where is my phone.', 'I wonder where my phone is.'],
      ['Do you remember when was the party?', 'Do you remember when the party was?'],
    ],
    leavesAlone: [
      "I don't know what it is.",
      'What is it?',
      'I know what is important.',
      'Tell me who is the winner.',
      'Where is the bank?',
      'I know where the bank is.',
    ],
  },
};
