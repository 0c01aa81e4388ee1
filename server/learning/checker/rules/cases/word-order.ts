// Test cases of the word-order rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const wordOrderCases: Record<string, RuleCases> = {
  'word-order.very-verb': {
    flags: [
      ['I very like it.', 'I really like it.'],
      ['We very enjoyed the trip.', 'We really enjoyed the trip.'],
      ['I think she very wants to go.', 'I think she really wants to go.'],
    ],
    leavesAlone: ['I very much like it.', 'I like it very much.', 'I am very tired.', 'She is very kind.', 'It was very interesting.', 'I very often go there.', 'The very idea is strange.'],
  },
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
