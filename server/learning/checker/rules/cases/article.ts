// Test cases of the article rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const articleCases: Record<string, RuleCases> = {
  'article.missing-a': {
    flags: [
      ['I am student.', 'I am a student.'],
      ['She is teacher at a high school.', 'She is a teacher at a high school.'],
      ['My father is engineer.', 'My father is an engineer.'],
      ["I'm student and I live in Seoul.", "I'm a student and I live in Seoul."],
    ],
    leavesAlone: [
      "I'm thinking of buying an electric car.",
      'I am a student.',
      'I am happy.',
      'I am home.',
      'It is time to go.',
      'I am Korean.',
      'She is here.',
      'He is my friend.',
      'They are students.',
      'I am vegetarian.',
      'The movie is fun.',
    ],
  },
  'article.a-uncountable': {
    flags: [
      ['We had a great fun at the water park last weekend.', 'We had great fun at the water park last weekend.'],
      ['He gave me a good advice.', 'He gave me good advice.'],
      ['We had a terrible weather during our trip.', 'We had terrible weather during our trip.'],
      ['I need an information about the tour.', 'I need information about the tour.'],
      ['She gave me a very useful advice.', 'She gave me very useful advice.'],
    ],
    leavesAlone: [
      'We had a fun time.',
      'It was fun.',
      'We had a good time.',
      'I learned a great deal.',
      'She has a good knowledge of history.',
      'He writes an advice column.',
      'I got a little advice from him.',
      'It was a homework assignment.',
      'It was a weather report.',
      'He has a large vocabulary.',
      'We had great weather.',
    ],
  },
};
