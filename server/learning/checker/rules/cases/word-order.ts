// Test cases of the word-order rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const wordOrderCases: Record<string, RuleCases> = {
  'word-order.very-verb': {
    flags: [
      ['My mom very enjoys gardening.', 'My mom really enjoys gardening.'],
      ['I very like it.', 'I really like it.'],
      ['We very enjoyed the trip.', 'We really enjoyed the trip.'],
      ['I think she very wants to go.', 'I think she really wants to go.'],
    ],
    leavesAlone: [
      'My very best friend came.',
      'My dad very tired today.',
      'My mom very kind.','I very much like it.', 'I like it very much.', 'I am very tired.', 'She is very kind.', 'It was very interesting.', 'I very often go there.', 'The very idea is strange.'],
  },
  'word-order.embedded-question': {
    flags: [
      ["I don't know what does this word mean.", "I don't know what this word means."],
      ['Can you tell me where did you buy it?', 'Can you tell me where you bought it?'],
      ['I wonder why do they like it.', 'I wonder why they like it.'],
      ["I don't know what is it.", "I don't know what it is."],
      ['Can you tell me where is the bank?', 'Can you tell me where the bank is?'],
      ['I wonder where is my phone.', 'I wonder where my phone is.'],
      ['Do you remember when was the party?', 'Do you remember when the party was?'],
    ],
    leavesAlone: [
      "I don't know what this word means.",
      'I know what did happen.',
      "I don't know, what do you think?",
      'Tell me what to do.',
      'I know what you mean.',
      "I don't know what it is.",
      'What is it?',
      'I know what is important.',
      'Tell me who is the winner.',
      'Where is the bank?',
      'I know where the bank is.',
    ],
  },
  'word-order.wh-question': {
    flags: [
      ['What you are doing this weekend?', 'What are you doing this weekend?'],
      ['Where you bought this bag?', 'Where did you buy this bag?'],
      ['Why you like it?', 'Why do you like it?'],
      ['Why he likes it?', 'Why does he like it?'],
      ['When you usually read the news?', 'When do you usually read the news?'],
      ['Why you think the government made this law?', 'Why do you think the government made this law?'],
      ['What you can do?', 'What can you do?'],
      ['Where you have been?', 'Where have you been?'],
      ['What you have?', 'What do you have?'],
      ['How much you paid?', 'How much did you pay?'],
      ['What it means?', 'What does it mean?'],
      ['How old you are?', 'How old are you?'],
    ],
    leavesAlone: [
      'Who called you?',
      'What happened?',
      'I know where you live.',
      'Where you live is nice.',
      'What you said is true?',
      'What you think is right?',
      'What you see is what you get?',
      'Who you are matters?',
      'When you arrive, call me?',
      'Where you put my keys?',
      'How you doing?',
      'What do you want?',
      'Do you know where you live?',
    ],
  },
  'word-order.very-much': {
    flags: [
      ['I like very much K-pop.', 'I like K-pop very much.'],
      ['She enjoyed very much the concert.', 'She enjoyed the concert very much.'],
    ],
    leavesAlone: [
      'I like K-pop very much.',
      'I like very much to travel.',
      'I liked very much the way you talked to the children about the war.',
      'Thank you very much.',
      'I very much like it.',
    ],
  },
};
