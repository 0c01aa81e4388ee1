// Test cases of the countability rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const countabilityCases: Record<string, RuleCases> = {
  'countability.plural-uncountable': {
    flags: [
      ['I got some informations.', 'I got some information.'],
      ['She gave me good advices.', 'She gave me good advice.'],
      ['We bought new furnitures.', 'We bought new furniture.'],
      ['I listened to musics from the nineties.', 'I listened to music from the nineties.'],
      ['The police found new evidences.', 'The police found new evidence.'],
      ['I love the sceneries here.', 'I love the scenery here.'],
    ],
    leavesAlone: ['I got some information.', 'He researches history.', 'She advises the president.', 'We tried foods from many countries.', 'The news was good.'],
  },
  'countability.many-uncountable': {
    flags: [
      ['I ate too many chicken at the party last night.', 'I ate too much chicken at the party last night.'],
      ['It has many informations.', 'It has a lot of information.'],
      ['How many information do you need?', 'How much information do you need?'],
      ['We have too many homework.', 'We have too much homework.'],
    ],
    leavesAlone: ['The farm has too many chickens.', 'We raise many chicken breeds.', 'It has many facts.', 'How much information do you need?'],
  },
  'countability.much-plural': {
    flags: [
      ['Much people came.', 'Many people came.'],
      ['There is much people here.', 'There are many people here.'],
      ['We have too much problems.', 'We have too many problems.'],
      ['We had too much meetings.', 'We had too many meetings.'],
    ],
    leavesAlone: ['Thank you so much, friends.', 'There is much work to do.', 'Many people came.'],
  },
  'countability.news-singular': {
    flags: [
      ['The news about the election were everywhere.', 'The news about the election was everywhere.'],
      ['The news from my parents were good.', 'The news from my parents was good.'],
      ['The news are bad.', 'The news is bad.'],
      ['The news were shocking.', 'The news was shocking.'],
    ],
    leavesAlone: ['The news about the players who were hurt is sad.', 'I heard news that prices were rising.', 'The news about the election was everywhere.', 'The news is bad.', 'The news articles are long.'],
  },
  'countability.plural-after-quantifier': {
    flags: [
      ['The company will hire five hundred new worker next year.', 'The company will hire five hundred new workers next year.'],
      ['I saw many robot at the fair.', 'I saw many robots at the fair.'],
      ['She has three cat.', 'She has three cats.'],
      ['We waited two hour for the bus.', 'We waited two hours for the bus.'],
      ['Several apartment in my building are empty.', 'Several apartments in my building are empty.'],
      ['These sandwich are delicious.', 'These sandwiches are delicious.'],
      ['I met a lot of tourist there.', 'I met a lot of tourists there.'],
      ['He scored 2 goal in the final.', 'He scored 2 goals in the final.'],
      ['Many new student joined the club.', 'Many new students joined the club.'],
    ],
    leavesAlone: ['Five hundred dollars is a lot.', 'Two thousand people came.', 'The movie starts at 7 pm.', 'We meet at 9 am tomorrow.', "The shop opens at 10 o'clock.",
      'I saw many robots.',
      'We saw a lot of sheep.',
      'It was a three-day trip.',
      'I bought two bus tickets.',
      'Prices rose five percent.',
      'I have a lot of work today.',
      'In 2019 the team won.',
      'The two of us went.',
      'Two years is a long time.',
      'I read some of the article.',
      'Many people came.',
      'Many series are good.',
    ],
  },
  'countability.one-of-plural': {
    flags: [
      ['One of my friend lives in Busan.', 'One of my friends lives in Busan.'],
      ['Each of the player got a medal.', 'Each of the players got a medal.'],
    ],
    leavesAlone: ['One of my friends lives in Busan.', 'Most of the book is boring.', 'Some of the money is gone.'],
  },
  'countability.peoples': {
    flags: [
      ['Many peoples came to the festival.', 'Many people came to the festival.'],
      ['The peoples in my town were angry.', 'The people in my town were angry.'],
      ['Peoples are nice here.', 'People are nice here.'],
      ['Korean peoples drink a lot of coffee.', 'Korean people drink a lot of coffee.'],
    ],
    leavesAlone: [
      'the peoples of Asia',
      'Indigenous peoples have their own rights.',
      'The museum shows many peoples and cultures.',
      'The Germanic peoples moved west.',
      'I bank at Peoples Bank.',
      "It was the people's choice.",
      "They defend the peoples' rights.",
    ],
  },
  'countability.few-little': {
    flags: [
      ['I have a few money for the trip.', 'I have a little money for the trip.'],
      ['I know a little words in Japanese.', 'I know a few words in Japanese.'],
      ['There were only a little students in class today.', 'There were only a few students in class today.'],
      ['Can you give me a few more time to finish?', 'Can you give me a little more time to finish?'],
    ],
    leavesAlone: [
      'I have a little money.',
      'I know a few words.',
      'She is a little older than me.',
      'We met a few times.',
      'It was a little bigger than I thought.',
      'I saw a few advice columns.',
      "A little kids' party is fun.",
      'I need a little help.',
      'A few people came.',
    ],
  },
  'countability.one-singular': {
    flags: [
      ['I waited for my friend at the station for one hours.', 'I waited for my friend at the station for one hour.'],
      ['It takes about one days.', 'It takes about one day.'],
    ],
    leavesAlone: [
      'He is the one students like most.',
      'I waited for one hour.',
      'One of the hours was free.',
      'For one, days are longer now.',
      'We stayed for one or two days.',
    ],
  },
  'countability.every-singular': {
    flags: [
      ['Each students gets a free T-shirt at the festival.', 'Each student gets a free T-shirt at the festival.'],
      ['In the hotel, each rooms has its own coffee machine.', 'In the hotel, each room has its own coffee machine.'],
      ['Every students must wear a uniform.', 'Every student must wear a uniform.'],
      ['Every cities have a different culture.', 'Every city have a different culture.'],
    ],
    leavesAlone: [
      'There is an overhead for each asynchronous function.',
      'They each have a car.',
      'We help each other.',
      'Every student must wear a uniform.',
      'I see her every two weeks.',
      'We meet every few days.',
      'Every other weekend we go hiking.',
      "Every student's bag was checked.",
      'Everyone brings snacks.',
      'It happens every news cycle.',
    ],
  },
};
