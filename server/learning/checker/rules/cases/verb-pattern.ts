// Test cases of the verb-pattern rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const verbPatternCases: Record<string, RuleCases> = {
  'verb-pattern.be-before-verb': {
    flags: [
      ['I am live in Seoul.', 'I live in Seoul.'],
      ['I am know the answer.', 'I know the answer.'],
      ['She is work at a bank every day.', 'She works at a bank every day.'],
      ['I was go there yesterday.', 'I went there yesterday.'],
      ['I am not understand the question.', "I don't understand the question."],
      ['She is live in Seoul.', 'She lives in Seoul.'],
      ['I am read a book every night.', 'I read a book every night.'],
    ],
    leavesAlone: [
      'I live in Seoul.',
      'The museum was free on Sundays.',
      'The store is open.',
      'It is used to make paper.',
      'I am free today.',
      'The book was put on the shelf.',
      'He is like his father.',
      'It is live on TV.',
      'The concert is live tonight.',
      'I am home tonight.',
      'We are friends together.',
      'They are fun together.',
    ],
  },
  'verb-pattern.infinitive-after-verb': {
    flags: [
      ['I want going to Japan.', 'I want to go to Japan.'],
      ['We decided moving to Daejeon.', 'We decided to move to Daejeon.'],
      ['I hope seeing you soon.', 'I hope to see you soon.'],
    ],
    leavesAlone: ['I want to go to Japan.', 'I like swimming.', 'Our plan going forward is simple.', 'I started learning Spanish.'],
  },
  'verb-pattern.bare-infinitive': {
    flags: [
      ['The news made me to think.', 'The news made me think.'],
      ['Let me to explain.', 'Let me explain.'],
      ['My mom makes my brother to study.', 'My mom makes my brother study.'],
    ],
    leavesAlone: ['He was made to wait.', 'Let me explain.', 'She helped me to move.'],
  },
  'verb-pattern.modal-to': {
    flags: [
      ['I must to go now.', 'I must go now.'],
      ['You can to use my car.', 'You can use my car.'],
    ],
    leavesAlone: ['I must go now.', 'I have to go now.', 'You ought to rest.'],
  },
  'verb-pattern.gerund-after-verb': {
    flags: [
      ['I enjoy to swim.', 'I enjoy swimming.'],
      ['He avoided to answer.', 'He avoided answering.'],
      ['Do you mind to wait?', 'Do you mind waiting?'],
      ['She finished to write the report.', 'She finished writing the report.'],
      ['He avoided to mention the price.', 'He avoided mentioning the price.'],
      ["I'm used to commute by train.", "I'm used to commuting by train."],
      ['I keep to forget her name.', 'I keep forgetting her name.'],
    ],
    leavesAlone: ['I enjoy swimming.', 'Visitors are recommended to arrive early.', 'I stopped to buy coffee.', 'I suggest to him that he rest.', 'It is used to make paper.'],
  },
  'verb-pattern.look-forward-to': {
    flags: [
      ['I look forward to meet you.', 'I look forward to meeting you.'],
      ['We are looking forward to see it.', 'We are looking forward to seeing it.'],
    ],
    leavesAlone: ['I look forward to meeting you.', 'I look forward to the weekend.'],
  },
  'verb-pattern.be-agree': {
    flags: [
      ['I am agree with you.', 'I agree with you.'],
      ['I\'m agree with you.', 'I agree with you.'],
      ['She is agree with him.', 'She agrees with him.'],
      ['I am not agree with this.', 'I don\'t agree with this.'],
    ],
    leavesAlone: ['I agree with you.', 'I am agreeable to that.', 'We are in agreement.'],
  },
  'verb-pattern.gerund-after-preposition': {
    flags: [
      ['Thank you for help me.', 'Thank you for helping me.'],
      ['Before go to bed, I read a book.', 'Before going to bed, I read a book.'],
      ['After eat lunch we went out.', 'After eating lunch we went out.'],
      ['I am interested in learn Spanish.', 'I am interested in learning Spanish.'],
      ['He left without say goodbye.', 'He left without saying goodbye.'],
      ['After finish my homework, I watched TV.', 'After finishing my homework, I watched TV.'],
      ['Before start the class, we talk a little.', 'Before starting the class, we talk a little.'],
      ["I'm good at cook.", "I'm good at cooking."],
      ['She is good at play the piano.', 'She is good at playing the piano.'],
      ['Thanks for invite my friends.', 'Thanks for inviting my friends.'],
    ],
    leavesAlone: [
      'Thank you for helping me.',
      'I go there after work.',
      'Thanks for the help.',
      'I kind of like it.',
      'Hold on, let me check.',
      'We talked about it for hours.',
      'I was waiting for him.',
      'Before going to bed, I read a book.',
      'After work the office is quiet.',
      'I left for work the next morning.',
      'We went by train the whole way.',
      'After lunch my mother takes a nap.',
      'She is good at design.',
      'He is good at math.',
      'I am afraid of change.',
      'Thanks for your help.',
      'After school the kids play outside.',
    ],
  },
  'verb-pattern.redundant-preposition': {
    flags: [
      ['We discussed about the plan.', 'We discussed the plan.'],
      ['He mentioned about the accident.', 'He mentioned the accident.'],
      ['They emphasize on quality.', 'They emphasize quality.'],
      ['I attended to the meeting.', 'I attended the meeting.'],
      ['She resembles to her mother.', 'She resembles her mother.'],
      ['We reached to the station at ten.', 'We reached the station at ten.'],
      ['I will contact with you tomorrow.', 'I will contact you tomorrow.'],
      ['He entered into the room quietly.', 'He entered the room quietly.'],
      ['I visited to my grandmother last week.', 'I visited my grandmother last week.'],
      ['We will visit to Jeju in May.', 'We will visit Jeju in May.'],
    ],
    leavesAlone: [
      'We are in contact with the school.',
      'I lost contact with him.','We discussed the plan.', 'We had a discussion about the plan.', 'The emphasis on quality is clear.', 'The nurse attended to the patient.', 'We reached the top.',
      'The two companies entered into an agreement.', 'They entered into talks with the union.', 'My visit to Jeju was short.', 'Our visits to the doctor are free.', 'I went into the room.'],
  },
};
