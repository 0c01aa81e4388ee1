// Test cases of the word-choice rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const wordChoiceCases: Record<string, RuleCases> = {
  'word-choice.feeling-participle': {
    flags: [
      ['I was very boring in the class.', 'I was very bored in the class.'],
      ['I am interesting in music.', 'I am interested in music.'],
      ["She's so exciting about the trip.", "She's so excited about the trip."],
      ['We were tiring after the hike.', 'We were tired after the hike.'],
      ['I felt confusing about the rules.', 'I felt confused about the rules.'],
    ],
    leavesAlone: [
      'The class was boring.',
      'He is interesting in many ways.',
      'She is very interesting.',
      'Am I boring you?',
      'I was confusing the two words.',
      'The trip was exciting.',
      'I am interested in music.',
      'He is boring.',
      'It is interesting in a way.',
    ],
  },
};
