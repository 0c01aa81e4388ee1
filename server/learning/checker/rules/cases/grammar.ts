// Test cases of the clause rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const grammarCases: Record<string, RuleCases> = {
  'grammar.because-of-clause': {
    flags: [
      ["Because of it rained a lot, we didn't go to the beach.", "Because it rained a lot, we didn't go to the beach."],
      ['Farmers are worried because of there is no rain.', 'Farmers are worried because there is no rain.'],
      ['I stayed home because of it was raining.', 'I stayed home because it was raining.'],
      ["I couldn't sleep because of I was sick.", "I couldn't sleep because I was sick."],
      ['We stayed home because of we were tired.', 'We stayed home because we were tired.'],
      ['Because of he was late, we missed the bus.', 'Because he was late, we missed the bus.'],
    ],
    leavesAlone: ['We stayed home because of it.', 'Because of it, we stayed home.', 'We were late because of it being so far.', 'I love it because of its color.', 'I stayed home because of the rain.', 'It happened because of him.', 'We won because of them.', 'Because of it, I was late.', 'I came because I wanted to.'],
  },
  'grammar.adjective-as-adverb': {
    flags: [
      ['He drives very careful.', 'He drives very carefully.'],
      ['She sings very good.', 'She sings very well.'],
      ['He speaks English good.', 'He speaks English well.'],
      ['She answered quick.', 'She answered quickly.'],
      ['Please drive careful when it snows.', 'Please drive carefully when it snows.'],
      ['She cooks Italian food very good.', 'She cooks Italian food very well.'],
      ['The team played terrible.', 'The team played terribly.'],
      ['I slept good last night.', 'I slept well last night.'],
    ],
    leavesAlone: [
      'He cooks good food.',
      'It looks good.',
      'The food tastes good.',
      'Practice makes perfect.',
      'I feel bad.',
      'The milk went bad.',
      "I'm doing good.",
      'Be careful.',
      "It's pretty good.",
      'That sounds perfect.',
      'Keep quiet!',
      'I want it bad.',
      'It turned out good.',
      'You are correct.',
      'They seem nice and polite.',
      'Get rich quick.',
      'She sings good songs.',
    ],
  },
  'grammar.missing-subject-it': {
    flags: [
      ['Is very cold today.', 'It is very cold today.'],
      ['I read this book. Is about a farmer in Africa.', 'I read this book. It is about a farmer in Africa.'],
      ['I like this song because is very catchy.', 'I like this song because it is very catchy.'],
      ['Was really fun.', 'It was really fun.'],
      ['Is not easy.', 'It is not easy.'],
    ],
    leavesAlone: [
      'Is it cold?',
      'Is cold weather bad for you?',
      'It is very cold today.',
      'I met a girl. She is very kind.',
      'This is very cold.',
      'What is cold?',
      'Is very cold today?',
    ],
  },
  'grammar.although-but': {
    flags: [
      ['Although I was tired, but I finished my homework.', 'Although I was tired, I finished my homework.'],
      ['Although it was raining, but we went hiking.', 'Although it was raining, we went hiking.'],
      ['Even though I studied, but I failed.', 'Even though I studied, I failed.'],
      ['Though it was late but we stayed.', 'Though it was late, we stayed.'],
    ],
    leavesAlone: [
      'Although I was tired, I finished my homework.',
      'Although poor but honest, he was liked by everyone.',
      "I like it although it is old, but my wife doesn't.",
      'Although he is rich, he is unhappy, but he still works hard.',
      'I was tired, but I finished my homework.',
    ],
  },
  'grammar.almost-all': {
    flags: [
      ['Almost Koreans eat rice every day.', 'Almost all Koreans eat rice every day.'],
      ['Almost students use smartphones in class.', 'Almost all students use smartphones in class.'],
      ['I think almost people agree.', 'I think almost all people agree.'],
    ],
    leavesAlone: [
      'Almost all students use smartphones.',
      'Almost everyone came.',
      'It is almost time.',
      'I almost missed the bus.',
      'Almost ten people came.',
      'We are almost there.',
    ],
  },
  'grammar.most-of': {
    flags: [
      ['Most of Koreans like spicy food.', 'Most Koreans like spicy food.'],
      ['Most of people think the law is unfair.', 'Most people think the law is unfair.'],
      ['Most of students in my school take extra classes.', 'Most students in my school take extra classes.'],
    ],
    leavesAlone: [
      'Most of the students take extra classes.',
      'Most of my friends live in Seoul.',
      'Most of them agree.',
      'Most of Korea is mountainous.',
      'We should make the most of opportunities.',
      'Most of us were tired.',
      'Most people agree.',
    ],
  },
  'grammar.too-much-adjective': {
    flags: [
      ["It's too much expensive for me.", "It's too expensive for me."],
      ['The subway was too much crowded this morning.', 'The subway was too crowded this morning.'],
      ['The bibimbap here is too much expensive.', 'The bibimbap here is too expensive.'],
    ],
    leavesAlone: [
      'I ate too much spicy food.',
      'We had too much fun.',
      'It costs too much.',
      'There is too much cold water.',
      'I drank too much yesterday.',
      'It is too much work for me.',
    ],
  },
  'grammar.double-negative': {
    flags: [
      ["I didn't see nobody at the office this morning.", "I didn't see anybody at the office this morning."],
      ["I don't know nothing about it.", "I don't know anything about it."],
      ["We can't go nowhere tonight.", "We can't go anywhere tonight."],
      ['She did not tell no one.', 'She did not tell anyone.'],
    ],
    leavesAlone: [
      "I didn't see anybody.",
      "I didn't do it for nothing.",
      "I didn't say no.",
      'Nobody came.',
      'I saw nothing.',
      "It isn't nothing.",
      "I don't think nobody cares.",
    ],
  },
};
