// Test cases of the fourth round's rules about phrases: articles, comparing, verb + preposition,
// verb + "to", collocations and word forms (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const phraseCases: Record<string, RuleCases> = {
  'article.a-same': {
    flags: [
      ['My friend and I have a same phone case.', 'My friend and I have the same phone case.'],
      ['We were born on a same day.', 'We were born on the same day.'],
    ],
    leavesAlone: ['We have the same phone case.', 'It is the same.', 'A sameness runs through his songs.'],
  },
  'article.no-article': {
    flags: [
      ['My brother plays the soccer with his classmates after school.', 'My brother plays soccer with his classmates after school.'],
      ['I usually go to work by the subway.', 'I usually go to work by subway.'],
      ['My kids go to school by the school bus.', 'My kids go to school by school bus.'],
    ],
    leavesAlone: ['She plays the piano every day.', 'He plays the soccer team next week.', 'I was hit by the bus.', 'I waited by the bus stop.', 'We went home by the river.', 'He plays soccer.'],
  },
  'article.as-job': {
    flags: [
      ['My cousin works as nurse at a clinic in Gwangju.', 'My cousin works as a nurse at a clinic in Gwangju.'],
      ['She worked as engineer for ten years.', 'She worked as an engineer for ten years.'],
    ],
    leavesAlone: ['My cousin works as a nurse.', 'They work as teachers.', 'He works as hard as a teacher.'],
  },
  'grammar.the-most-of': {
    flags: [
      ['The most of my classmates want to work for big companies.', 'Most of my classmates want to work for big companies.'],
      ['He spends the half of his salary on rent.', 'He spends half of his salary on rent.'],
      ['The half of the students failed the first quiz.', 'Half of the students failed the first quiz.'],
    ],
    leavesAlone: ['Make the most of your time.', 'Most of my classmates work hard.', 'The second half of the game was boring.', 'The other half of the pizza is yours.', 'We made the most of the sunny weather.'],
  },
  'comparative.than': {
    flags: [
      ['The second movie was scarier as the first one.', 'The second movie was scarier than the first one.'],
      ['The subway is more convenient that the bus in Seoul.', 'The subway is more convenient than the bus in Seoul.'],
      ['My son is already taller as me.', 'My son is already taller than me.'],
      ['Osaka was much more crowded as I expected.', 'Osaka was much more crowded than I expected.'],
      ['Gwangju is usually warmer as Incheon in spring.', 'Gwangju is usually warmer than Incheon in spring.'],
    ],
    leavesAlone: [
      'This one works better as well.',
      'We played better as a team.',
      'It got easier as the day went on.',
      "It's more likely that the bus is late.",
      'It is better that the bus comes early.',
      'The team played better as a team.',
      'He got older as the years passed.',
      'It was as big as the first one.',
      'It became cheaper as a result.',
    ],
  },
  'comparative.than-without-er': {
    flags: [
      ['Taking the KTX is much fast than driving to Busan.', 'Taking the KTX is much faster than driving to Busan.'],
      ['This phone is much expensive than that one.', 'This phone is much more expensive than that one.'],
    ],
    leavesAlone: ['It is different than I thought.', 'It is faster than driving.', 'I would rather walk than drive.', 'Nobody other than you knows.', 'It is more than enough.'],
  },
  'comparative.irregular': {
    flags: [
      ["That was the baddest customer service I've ever experienced.", "That was the worst customer service I've ever experienced."],
      ['Jeju is one of the beautifulest places in Korea.', 'Jeju is one of the most beautiful places in Korea.'],
      ['His new song is gooder than the old one.', 'His new song is better than the old one.'],
    ],
    leavesAlone: ['It was the worst service ever.', 'She is the fastest runner.', 'The painter lives here.', 'It is the most beautiful place.', 'He is a teacher.'],
  },
  'preposition.missing-after-verb': {
    flags: [
      ['Everyone laughed my joke at the company dinner.', 'Everyone laughed at my joke at the company dinner.'],
      ['He apologized me for being late again.', 'He apologized to me for being late again.'],
      ['Many parents complained the new school rules.', 'Many parents complained about the new school rules.'],
      ["Please don't laugh my accent.", "Please don't laugh at my accent."],
    ],
    leavesAlone: [
      'Everyone laughed at my joke.',
      'We laughed the whole time.',
      'She laughed her head off.',
      'He complained that the room was cold.',
      'He apologized the next day.',
      'I agree you should go.',
      'They laughed again.',
    ],
  },
  'verb-pattern.will-can': {
    flags: [
      ['Next year I will can travel abroad again.', 'Next year I will be able to travel abroad again.'],
      ['After the surgery, she will can walk without pain.', 'After the surgery, she will be able to walk without pain.'],
    ],
    leavesAlone: ['I will be able to help you.', 'You can and will win.', 'I can help you tomorrow.'],
  },
  'verb-pattern.told-dont': {
    flags: [
      ["The teacher told us don't use our phones during the test.", 'The teacher told us not to use our phones during the test.'],
      ["My mom told me don't come home late.", 'My mom told me not to come home late.'],
    ],
    leavesAlone: ['The teacher told us not to use our phones.', "He told me he doesn't like it.", "She told me don't was the wrong word."],
  },
  'verb-pattern.hope-object-to': {
    flags: [
      ['I hope you to enjoy your stay in Korea.', 'I hope you enjoy your stay in Korea.'],
      ['My parents hope me to find a stable job.', 'My parents hope I find a stable job.'],
      ['I hope him to be happy.', 'I hope he is happy.'],
    ],
    leavesAlone: ['I hope you enjoy your stay.', 'I hope to see you soon.', 'We are hoping to visit you.'],
  },
  'verb-pattern.think-of': {
    flags: [
      ["I'm thinking to buy an electric car.", "I'm thinking of buying an electric car."],
      ['We were thinking to move to Jeju.', 'We were thinking of moving to Jeju.'],
    ],
    leavesAlone: ["I'm thinking of buying a car.", "I didn't think to ask.", 'I think to myself every day.', "I'm thinking about it."],
  },
  'verb-pattern.how-about-to': {
    flags: [['How about to eat samgyeopsal tonight?', 'How about eating samgyeopsal tonight?']],
    leavesAlone: ['How about eating out tonight?', 'How about tomorrow?', 'What about to-go cups?'],
  },
  'verb-pattern.spend-time-to': {
    flags: [
      ['I spent two hours to clean my room.', 'I spent two hours cleaning my room.'],
      ['She spends a lot of money to buy clothes online.', 'She spends a lot of money buying clothes online.'],
      ['We spent the whole afternoon to shop in Myeongdong.', 'We spent the whole afternoon shopping in Myeongdong.'],
    ],
    leavesAlone: ['I spent two hours cleaning my room.', 'I spent two hours in Busan.', 'We spent a week to the south of Seoul.'],
  },
  'verb-form.consist-of': {
    flags: [
      ['My family is consisted of five people.', 'My family consists of five people.'],
      ['The book was consisted of twelve short stories.', 'The book consisted of twelve short stories.'],
    ],
    leavesAlone: ['My family consists of five people.', 'The team is made up of five people.'],
  },
  'grammar.linking-verb-adverb': {
    flags: [
      ['This doenjang soup smells wonderfully.', 'This doenjang soup smells wonderful.'],
      ['The coffee here tastes badly.', 'The coffee here tastes bad.'],
      ['You look beautifully in that hanbok.', 'You look beautiful in that hanbok.'],
      ['Your idea sounds nicely.', 'Your idea sounds nice.'],
    ],
    leavesAlone: ['He looked carefully at the map.', 'This soup smells wonderful.', 'It sounds really good.', 'She smiled happily.', 'She looked quickly around the room.', 'The band sounded great.'],
  },
  'word-choice.fastly': {
    flags: [
      ['He types so fastly that I cannot follow.', 'He types so fast that I cannot follow.'],
      ['News spreads fastly on social media.', 'News spreads fast on social media.'],
    ],
    leavesAlone: ['He types fast.', 'She ran quickly.'],
  },
  'word-choice.take-photo': {
    flags: [
      ['Can you make a photo of us in front of the palace?', 'Can you take a photo of us in front of the palace?'],
      ['She made hundreds of photos of the cherry blossoms.', 'She took hundreds of photos of the cherry blossoms.'],
      ['Let me make a picture of you.', 'Let me take a picture of you.'],
    ],
    leavesAlone: ['Can you take a photo of us?', 'She makes photo books for her clients.', 'He made a photocopy.'],
  },
  'word-choice.take-medicine': {
    flags: [
      ['I ate cold medicine and slept for twelve hours.', 'I took cold medicine and slept for twelve hours.'],
      ['Did you eat your medicine after dinner?', 'Did you take your medicine after dinner?'],
    ],
    leavesAlone: ['I took my medicine.', 'Eat well and rest.', 'Chinese medicine uses many herbs.'],
  },
  'word-choice.teach-tell': {
    flags: [
      ['Please teach me your phone number so I can text you.', 'Please tell me your phone number so I can text you.'],
      ['Can you teach me the way to Myeongdong Station?', 'Can you tell me the way to Myeongdong Station?'],
      ['She taught me her email address, but I lost it.', 'She told me her email address, but I lost it.'],
    ],
    leavesAlone: ['Can you teach me English?', 'She taught me how to swim.', 'Please teach me the guitar.'],
  },
  'word-choice.noun-as-adjective': {
    flags: [
      ["I'm not confidence about my English pronunciation.", "I'm not confident about my English pronunciation."],
      ['She is very patience with children.', 'She is very patient with children.'],
    ],
    leavesAlone: ['The key is patience.', "I'm not confident about it.", 'This is my experience.', 'It is a difference of opinion.'],
  },
  'tense.before-ago': {
    flags: [
      ['I started learning the guitar before two years.', 'I started learning the guitar two years ago.'],
      ['My parents sold their restaurant before two months.', 'My parents sold their restaurant two months ago.'],
    ],
    leavesAlone: ['I left before two hours had passed.', 'Please arrive before 9.', 'I started two years ago.', 'Finish it before ten minutes pass.'],
  },
  'word-choice.feeling-cause': {
    flags: [
      ['The last episode was so confused that I watched it twice.', 'The last episode was so confusing that I watched it twice.'],
      ['The lecture was really bored.', 'The lecture was really boring.'],
    ],
    leavesAlone: ['The class was excited about the trip.', 'The movie was boring.', 'The team was tired after the match.', 'The show was shocked by the news.', 'I was bored.'],
  },
  'preposition.on-surface': {
    flags: [['There is a big poster of Son Heung-min in the wall of my room.', 'There is a big poster of Son Heung-min on the wall of my room.']],
    leavesAlone: ['There is a hole in the wall.', 'The picture is on the wall.', 'He hid the photos in the wall safe.'],
  },
  'preposition.at-point': {
    flags: [
      ["I'll wait for you in the entrance.", "I'll wait for you at the entrance."],
      ["I'll meet you on the front gate.", "I'll meet you at the front gate."],
    ],
    leavesAlone: ['We met in the entrance hall.', 'I will wait for you at the entrance.', 'She works in the reception area.'],
  },
  'preposition.during-for': {
    flags: [
      ['I studied in the library during three hours.', 'I studied in the library for three hours.'],
      ['We waited in line during forty minutes to get into the restaurant.', 'We waited in line for forty minutes to get into the restaurant.'],
    ],
    leavesAlone: ['I slept during the three hours of the flight.', 'I slept during the movie.', 'We waited for forty minutes.'],
  },
  'preposition.during-while': {
    flags: [
      ['During I was in Japan, I ate ramen every day.', 'While I was in Japan, I ate ramen every day.'],
      ['My phone rang during I was giving a presentation.', 'My phone rang while I was giving a presentation.'],
    ],
    leavesAlone: ['During the trip, I ate ramen.', 'While I was in Japan, I ate ramen.'],
  },
  'pronoun.each-other': {
    flags: [
      ['We help each others with homework every day.', 'We help each other with homework every day.'],
      ['The two leaders shook hands and thanked each others.', 'The two leaders shook hands and thanked each other.'],
    ],
    leavesAlone: ['We help each other.', "They read each other's messages.", 'Each of the others came late.'],
  },
  'article.another': {
    flags: [
      ['Do you have other size in this shirt?', 'Do you have another size in this shirt?'],
      ['Can you give me other chance?', 'Can you give me another chance?'],
      ["Let's try other restaurant tonight; this one is full.", "Let's try another restaurant tonight; this one is full."],
    ],
    leavesAlone: ['It works with other test frameworks.', 'It leaves time for other computation to run.', 'Other format specifiers pass through.', 'In other words, it failed.', 'She has no other choice.', 'Other than that, it was fine.', 'I met him the other day.', 'We need other information.', 'Other people were there.', 'On the other hand, it is cheap.'],
  },
  'tense.when-perfect': {
    flags: [
      ['When have you arrived in Korea?', 'When did you arrive in Korea?'],
      ['When has your sister started her new job?', 'When did your sister start her new job?'],
    ],
    leavesAlone: ['Since when have you lived here?', 'When did you arrive?', 'When have you been happiest?', 'When I have time, I cook.'],
  },
  'word-choice.hang-out': {
    flags: [
      ['I played with my coworkers at a bar last night.', 'I hung out with my coworkers at a bar last night.'],
      ['She plays with her colleagues after work.', 'She hangs out with her colleagues after work.'],
    ],
    leavesAlone: ['My son played with his friends in the park.', 'I played with my coworkers in a golf tournament.', 'We hung out with our coworkers.'],
  },
};
