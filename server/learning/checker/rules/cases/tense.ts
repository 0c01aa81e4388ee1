// Test cases of the tense rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const tenseCases: Record<string, RuleCases> = {
  'tense.progressive-ing': {
    flags: [
      ['She is work now.', 'She is working now.'],
      ['We are watch a movie right now.', 'We are watching a movie right now.'],
      ['He is play games at the moment.', 'He is playing games at the moment.'],
      ['I was cook dinner when he called.', 'I was cooking dinner when he called.'],
      ['They are play outside.', 'They are playing outside.'],
      ['I am read a book.', 'I am reading a book.'],
      ['She is put the cups on the table.', 'She is putting the cups on the table.'],
    ],
    leavesAlone: ['The book is read by millions.', 'I was hurt a lot.', 'It is set for Friday.', 'The letter was read aloud.', 'She is working now.', 'He is cook at a hotel? No, he is a cook.', 'It is cold now.', 'They are tired now.', 'I am used to it.'],
  },
  'tense.participle-as-past': {
    flags: [
      ['I seen that movie.', 'I saw that movie.'],
      ['She done her homework.', 'She did her homework.'],
      ['We gone to the beach.', 'We went to the beach.'],
      ['My brother taken the car.', 'My brother took the car.'],
    ],
    leavesAlone: ['I have seen that movie.', 'The book written by him is good.', 'I saw that movie.', 'They visited Busan.', 'I been there.'],
  },
  'tense.past-time': {
    flags: [
      ['My family and I visit Jeju Island two years ago.', 'My family and I visited Jeju Island two years ago.'],
      ['Yesterday I go to the park.', 'Yesterday I went to the park.'],
      ['Last week, the government announce a plan.', 'Last week, the government announced a plan.'],
      ['Yesterday it is cold.', 'Yesterday it was cold.'],
      ['I meet my friend yesterday.', 'I met my friend yesterday.'],
      ['We buy a car two years ago.', 'We bought a car two years ago.'],
      // the time word last, a verb on no list, a verb with -s
      ['I goes to the park yesterday.', 'I went to the park yesterday.'],
      ['She bake a cake last weekend.', 'She baked a cake last weekend.'],
      ['Yesterday I go to the market and buy some fruit.', 'Yesterday I went to the market and bought some fruit.'],
      ['Last year, our neighbor bake bread for the festival.', 'Last year, our neighbor baked bread for the festival.'],
      ['When I was a child, I climb trees every day.', 'When I was a child, I climbed trees every day.'],
    ],
    leavesAlone: [
      'My family and I visited Jeju two years ago.',
      'I met Tom and I went home.',
      'Yesterday I went to the park.',
      'I remember the party yesterday.',
      'I guess last year was better.',
      'I think it happened yesterday.',
      'I read the article yesterday.',
      'I go to the gym every day.',
      'I study English since last year.',
      'I want to visit it last week.',
      'The man who comes yesterday was kind.',
      'Yesterday I read that prices go up.',
    ],
  },
  'tense.perfect-with-past-time': {
    flags: [
      ['She has graduated from university last year.', 'She graduated from university last year.'],
      ['I have been to Paris last year.', 'I went to Paris last year.'],
      ['I have been busy yesterday.', 'I was busy yesterday.'],
      ['We have seen it two days ago.', 'We saw it two days ago.'],
      ['He has visited Korea in 2019.', 'He visited Korea in 2019.'],
    ],
    leavesAlone: [
      'I have lived here from last year.',
      'She has worked here since last year.',
      'I have lived here since last year.',
      'I have been to Paris twice.',
      'Prices have risen over the last year.',
      'I have worked a lot in the last two years.',
    ],
  },
  'tense.will-in-condition': {
    flags: [
      ['If it will rain tomorrow, the game will be cancelled.', 'If it rains tomorrow, the game will be cancelled.'],
      ["If I will go to Busan, I'll visit you.", "If I go to Busan, I'll visit you."],
      ['If she will be late, we will start without her.', 'If she is late, we will start without her.'],
      ['She will call you when she will arrive at the station.', 'She will call you when she arrives at the station.'],
      ["I'll text you as soon as I will finish work.", "I'll text you as soon as I finish work."],
    ],
    leavesAlone: [
      'If you will excuse me, I will go now.',
      'If it will help, I will stay late.',
      'If it rains tomorrow, the game will be cancelled.',
      "I don't know if he will come.",
      "I'll ask him when he will arrive.",
      "I'll tell you when she will come.",
      'I will never forget the day when we will meet again.',
      'If he will not listen, there is nothing I can do.',
      'If you will come with me, I can show you.',
      "If you will follow me, I'll show you the room.",
      'She will call when she arrives.',
    ],
  },
  'tense.since-present': {
    flags: [
      ['I live in Seoul since 2015.', 'I have lived in Seoul since 2015.'],
      ['She works at this company since 2019.', 'She has worked at this company since 2019.'],
      ['I know him since 2010.', 'I have known him since 2010.'],
      ['We are friends since 2012.', 'We have been friends since 2012.'],
    ],
    leavesAlone: [
      'I have lived in Seoul since 2015.',
      'I think since 2015 prices have gone up.',
      'I moved to Seoul in 2015.',
      'I live in the house we bought since 2015 was a good year.',
      'They said it has been closed since 2019.',
      'It is the biggest storm since 2002.',
      'I live alone since my wife died.',
      'She works since 2019 rules changed at the company.',
    ],
  },
};
