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
  'word-choice.hardly-hard': {
    flags: [
      ['He works hardly every day.', 'He works hard every day.'],
      ['She studied hardly for the exam.', 'She studied hard for the exam.'],
      ['We practiced very hardly.', 'We practiced very hard.'],
    ],
    leavesAlone: [
      'I could hardly work.',
      'He worked hardly at all.',
      'I tried hardly anything.',
      'She hardly studies.',
      'He works hard every day.',
      'They trained hardly any new staff.',
    ],
  },
  'word-choice.lose-miss': {
    flags: [
      ['I lost the bus this morning, so I was late.', 'I missed the bus this morning, so I was late.'],
      ['She almost lost her flight because of traffic.', 'She almost missed her flight because of traffic.'],
      ['I always lose the last train.', 'I always miss the last train.'],
    ],
    leavesAlone: [
      'I lost my bus pass.',
      'I lost my train of thought.',
      'They lost the flight data.',
      'I lost my wallet on the bus.',
      'The bus was lost in the snow.',
      'I missed the bus.',
    ],
  },
  'word-choice.told-that': {
    flags: [
      ['She told that she would move to Canada.', 'She said that she would move to Canada.'],
      ['The minister told that prices would go down next year.', 'The minister said that prices would go down next year.'],
    ],
    leavesAlone: [
      'I was told that the shop was closed.',
      'She told me that she would move.',
      'He told that story again.',
      'She told that joke twice.',
      "I'm told that it is good.",
      'He told that to the police.',
    ],
  },
  'word-choice.so-such': {
    flags: [
      ['It was so a good movie.', 'It was such a good movie.'],
      ['She is so a kind person.', 'She is such a kind person.'],
    ],
    leavesAlone: [
      'It was late, so a friend drove me home.',
      'It was so good.',
      'It was such a good movie.',
      'I was tired, so a kind man helped me.',
    ],
  },
  'word-choice.be-worry': {
    flags: [
      ["I'm worry about my exam tomorrow.", "I'm worried about my exam tomorrow."],
      ['My parents are very worry about my future.', 'My parents are very worried about my future.'],
      ["I'm worry about climate change.", "I'm worried about climate change."],
    ],
    leavesAlone: [
      "Don't worry about it.",
      'I worry about my exam.',
      'The main problem is worry about money.',
      "I'm worried about it.",
      'They worry about us.',
    ],
  },
};
