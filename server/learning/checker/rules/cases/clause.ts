// Test cases of the rules about clauses: relative clauses, a missing "be", negation, conditions
// and wishes, and word order (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const clauseCases: Record<string, RuleCases> = {
  'grammar.missing-relative-pronoun': {
    flags: [
      ['I have a friend lives in Toronto.', 'I have a friend who lives in Toronto.'],
      ['I have a friend speaks four languages.', 'I have a friend who speaks four languages.'],
      ['There are many students want to join the dance club.', 'There are many students who want to join the dance club.'],
      ['I know a restaurant sells amazing naengmyeon near here.', 'I know a restaurant that sells amazing naengmyeon near here.'],
      ['We met a new teacher works at the library.', 'We met a new teacher who works at the library.'],
    ],
    leavesAlone: [
      'For convenience, there are two bucket generator functions - linear and exponential.',
      'There are many step sequences like this one.',
      'I have a friend who lives in Toronto.',
      'I know some people say it is too expensive.',
      'I have a lot of homework tonight.',
      'There are many people in the park.',
      'I have a car wash coupon.',
      'We have two kids and a dog.',
      'There is a bus stop near my house.',
      'I know a lot of people think so.',
    ],
  },
  'grammar.relative-extra-pronoun': {
    flags: [
      ['The phone that I bought it last week is already broken.', 'The phone that I bought last week is already broken.'],
      ['The people who I met them in Canada were really friendly.', 'The people who I met in Canada were really friendly.'],
      ['The hotel where we stayed there was near the beach.', 'The hotel where we stayed was near the beach.'],
      ['The cake which my mom made it was delicious.', 'The cake which my mom made was delicious.'],
    ],
    leavesAlone: [
      'The phone that I bought last week is already broken.',
      'I remember the day that I bought it.',
      'The fact that I bought it surprised her.',
      'The box that I put it in was too small.',
      'The book that I gave her was about Jeju.',
      'I told him that I bought it last week.',
      'We visited the town where we stayed last year.',
      'Is this the beach where you swam? Yes, there it is.',
      'The way that I did it was wrong.',
    ],
  },
  'grammar.which-for-person': {
    flags: [
      ['The doctor which treated me was very kind.', 'The doctor who treated me was very kind.'],
      ['I have a cousin which works for Hyundai in Ulsan.', 'I have a cousin who works for Hyundai in Ulsan.'],
      ['The woman which helped me at the airport was from Jeju.', 'The woman who helped me at the airport was from Jeju.'],
    ],
    leavesAlone: ['The company which hired me is in Pangyo.', 'I met my friends, which was fun.', 'The doctor who treated me was kind.', 'Which doctor did you see?'],
  },
  'verb-form.missing-be': {
    flags: [
      ['We going to the beach this weekend if it doesn\'t rain.', 'We are going to the beach this weekend if it doesn\'t rain.'],
      ['My sister always tired after her night shift.', 'My sister is always tired after her night shift.'],
      ['The new cafe really crowded on weekends.', 'The new cafe is really crowded on weekends.'],
      ['I born in Ulsan, but I grew up in Seoul.', 'I was born in Ulsan, but I grew up in Seoul.'],
      ['Their first baby born last month.', 'Their first baby was born last month.'],
      ['She always busy on Mondays.', 'She is always busy on Mondays.'],
    ],
    leavesAlone: [
      'My mother always worried about me.',
      'My sister always cooked dinner for us.',
      'My parents were born in Busan.',
      'A baby born in 2020 needs a lot of care.',
      'I was born in Ulsan.',
      'We are going to the beach.',
      'My brother usually works late.',
      'Keep going.',
      'I saw them going home.',
    ],
  },
  'grammar.not-without-do': {
    flags: [
      ['I not like horror movies very much.', "I don't like horror movies very much."],
      ['She not eat meat.', "She doesn't eat meat."],
      ['We not have time today.', "We don't have time today."],
    ],
    leavesAlone: ["I don't like horror movies.", 'I not only cook but also clean.', 'He not even called me.', 'Whether I like it or not, I have to go.', 'I am not sure.'],
  },
  'grammar.neither-either': {
    flags: [
      ["She doesn't eat pork, and her husband doesn't eat it neither.", "She doesn't eat pork, and her husband doesn't eat it either."],
      ["I don't like cucumbers neither.", "I don't like cucumbers either."],
      ["My brother can't swim neither, so we took a lesson together.", "My brother can't swim either, so we took a lesson together."],
    ],
    leavesAlone: ['Neither of us likes cucumbers.', "I don't like it. Me neither.", 'Neither do I.', "I don't like it either.", 'I like neither.'],
  },
  'grammar.unless-not': {
    flags: [
      ["Unless you don't hurry, you will miss the last bus.", 'Unless you hurry, you will miss the last bus.'],
      ["Unless it doesn't rain, we will go hiking.", 'Unless it rains, we will go hiking.'],
    ],
    leavesAlone: ['Unless you hurry, you will miss the bus.', "If you don't hurry, you will miss the bus.", "Unless you're busy, let's eat together."],
  },
  'tense.if-would': {
    flags: [
      ['If I would have more money, I would buy an apartment in Seoul.', 'If I had more money, I would buy an apartment in Seoul.'],
      ['If I would know the answer, I would tell you.', 'If I knew the answer, I would tell you.'],
      ['If I would be taller, I would play basketball.', 'If I were taller, I would play basketball.'],
      ['We would visit more often if we would live closer to Busan.', 'We would visit more often if we lived closer to Busan.'],
    ],
    leavesAlone: [
      'If you would like, I would be happy to help.',
      'If you would like more tea, just ask.',
      'If I had more money, I would buy a car.',
      'I asked him if he would come.',
      'If you would be so kind as to wait, I would appreciate it.',
      'I asked if he would have time.',
    ],
  },
  'word-choice.wish-hope': {
    flags: [
      ['I wish you pass the driving test tomorrow.', 'I hope you pass the driving test tomorrow.'],
      ['I wish you get better soon.', 'I hope you get better soon.'],
      ['We wish our team wins the final tomorrow.', 'We hope our team wins the final tomorrow.'],
    ],
    leavesAlone: ['I wish you a happy birthday.', 'I wish you luck.', 'I wish you were here.', 'I wish I could fly.', 'I wish you all the best.', 'I wish you well.', 'I wish I had more time.'],
  },
  'word-order.enough': {
    flags: [
      ["The room isn't enough big for four people.", "The room isn't big enough for four people."],
      ["My English isn't enough good for a job interview.", "My English isn't good enough for a job interview."],
      ['Is the car enough big for five people?', 'Is the car big enough for five people?'],
    ],
    leavesAlone: ["We don't have enough big rooms.", 'The room is big enough.', 'That is enough for today.', 'I am not enough.', 'Is there enough time?'],
  },
  'word-order.frequency-adverb': {
    flags: [
      ['She is late never for class.', 'She is never late for class.'],
      ['I go usually to the gym after work.', 'I usually go to the gym after work.'],
      ['She eats always at home.', 'She always eats at home.'],
    ],
    leavesAlone: ['She is happy sometimes.', 'He is late always.', 'It is cold in winter usually.', 'I usually go to the gym.', 'I am usually at home.', 'I can never remember his name.', 'She was always at home.', 'I have often been there.'],
  },
  'agreement.long-subject': {
    flags: [
      ['The people who live next door is very noisy at night.', 'The people who live next door are very noisy at night.'],
      ['The students who passed the test was happy.', 'The students who passed the test were happy.'],
      ['The cost of living in big cities are getting higher.', 'The cost of living in big cities is getting higher.'],
    ],
    leavesAlone: [
      'The people who live next door are noisy.',
      'The rest of the students are here.',
      'The kids that I know are nice.',
      'The number of tourists is growing.',
      'The man who lives next door is nice.',
      'The cost of living is high.',
      'The students who said the test was easy passed.',
    ],
  },
};
