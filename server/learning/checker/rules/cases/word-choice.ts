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
  'word-choice.make-do': {
    flags: [
      ['She did a big mistake at work.', 'She made a big mistake at work.'],
      ['Many people do mistakes when they learn a new language.', 'Many people make mistakes when they learn a new language.'],
      ['I have done a lot of mistakes.', 'I have made a lot of mistakes.'],
      ['I need to do a decision.', 'I need to make a decision.'],
      ["Don't do noise!", "Don't make noise!"],
      ['I usually make the laundry on Sundays.', 'I usually do the laundry on Sundays.'],
      ['I have to make my homework tonight.', 'I have to do my homework tonight.'],
      ['I made my homework after dinner.', 'I did my homework after dinner.'],
      ['I have made my homework.', 'I have done my homework.'],
      ['I will make my best.', 'I will do my best.'],
      ['Can you make me a favor?', 'Can you do me a favor?'],
    ],
    leavesAlone: [
      'Why do mistakes happen?',
      'Do friends matter?',
      'They do money transfers.',
      'He makes money.',
      'Make exercise a habit.',
      'This app makes homework easier.',
      'The teacher makes exercises for us.',
      'I will make my best friend laugh.',
      "Let's make the best of it.",
      "Let's do the plan.",
      'She is doing the laundry.',
      'What do people do for money?',
      'She makes the chores fun.',
    ],
  },
  'word-choice.borrow-lend': {
    flags: [
      ['Can you borrow me your umbrella?', 'Can you lend me your umbrella?'],
      ['My friend borrowed me some money last month.', 'My friend lent me some money last month.'],
      ['Could you borrow us your car this weekend?', 'Could you lend us your car this weekend?'],
      ['She is borrowing me her notes.', 'She is lending me her notes.'],
    ],
    leavesAlone: [
      'Can I borrow your pen?',
      'Can I borrow her umbrella?',
      'Can I borrow you for a minute?',
      'Can I borrow you a second?',
      'Can you borrow me a book from the library?',
      'I borrowed a pen from him.',
      'I borrowed them.',
    ],
  },
};
