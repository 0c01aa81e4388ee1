// Test cases of the comparative rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const comparativeCases: Record<string, RuleCases> = {
  'comparative.short-adjective': {
    flags: [
      ['It was more cheap than I thought.', 'It was cheaper than I thought.'],
      ['My room is more small.', 'My room is smaller.'],
      ['It is the most tall building in Seoul.', 'It is the tallest building in Seoul.'],
      ['The test was more easy than last year.', 'The test was easier than last year.'],
      ['It is more cold today.', 'It is colder today.'],
      ['The subway is more cheap at night.', 'The subway is cheaper at night.'],
    ],
    leavesAlone: ['It is more expensive than I thought.', 'We need more free time.', 'It is more fun.', 'She is the most honest person.', 'I want more hot water.', 'It is more popular today.', 'We had more rain this year.', 'I want more cold water today.'],
  },
  'comparative.double': {
    flags: [
      ['It is more better.', 'It is better.'],
      ['Life is more easier now.', 'Life is easier now.'],
      ['The new model is more lighter.', 'The new model is lighter.'],
      ['It is the most biggest city.', 'It is the biggest city.'],
    ],
    leavesAlone: ['It is better.', 'We need more water.', 'She is the most honest person.', 'We need more power.'],
  },
  'comparative.superlative-the': {
    flags: [
      ['Lee Kang-in was best player on the field yesterday.', 'Lee Kang-in was the best player on the field yesterday.'],
      ['Seoul is most expensive city in Korea.', 'Seoul is the most expensive city in Korea.'],
      ['This is most popular song on the chart this week.', 'This is the most popular song on the chart this week.'],
      ['IU is one of most famous singers in Korea.', 'IU is one of the most famous singers in Korea.'],
    ],
    leavesAlone: [
      'She is best friends with Anna.',
      'He was best man at the wedding.',
      'It is best to wait.',
      'She is most kind.',
      'This is most unusual.',
      'He is most likely the winner.',
      'Seoul is the most expensive city.',
      'Most people agree.',
      'It is one of the most famous songs.',
      'This is most important.',
      "It's one of most people's favorites.",
    ],
  },
};
