// Each learner rule: sentences it must correct (and into what), and correct sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../../../shared/corrections';
import { findLearnerErrors } from './learner-rules';
import { LEARNER_RULES } from './rules';

function correctWith(ruleId: string, text: string): string {
  const rule = LEARNER_RULES.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const corrections: Correction[] = findLearnerErrors(text, [rule]).map((f) => ({
    ...f,
    explanation: '',
    source: 'local',
  }));
  return applyCorrections(text, corrections);
}

interface RuleCases {
  flags: [text: string, corrected: string][];
  leavesAlone: string[];
}

const CASES: Record<string, RuleCases> = {
  'agreement.singular-subject': {
    flags: [
      ['My brother like soccer.', 'My brother likes soccer.'],
      ['The government want to raise taxes.', 'The government wants to raise taxes.'],
      ['I think my sister study too much.', 'I think my sister studies too much.'],
      ['My mother don\'t eat meat.', 'My mother doesn\'t eat meat.'],
      ['Everybody know the answer.', 'Everybody knows the answer.'],
      ['It make me happy.', 'It makes me happy.'],
      // nouns and verbs that were on no word list: compromise tags them
      ['My landlord raise the rent every year.', 'My landlord raises the rent every year.'],
      ['The city council approve the new budget.', 'The city council approves the new budget.'],
      ['Our coach shout at us a lot.', 'Our coach shouts at us a lot.'],
      ['Minji work at a bakery.', 'Minji works at a bakery.'],
      ['The water taste strange today.', 'The water tastes strange today.'],
      ['Everyone are excited about the trip.', 'Everyone is excited about the trip.'],
      ['My landlady have two cats.', 'My landlady has two cats.'],
      ['Our manager usually arrive early.', 'Our manager usually arrives early.'],
      ['Everybody in my office drink coffee.', 'Everybody in my office drinks coffee.'],
      ['One of my friends live in Busan.', 'One of my friends lives in Busan.'],
      ['The columnist think the plan is wrong.', 'The columnist thinks the plan is wrong.'],
    ],
    leavesAlone: [
      'My brother likes soccer.',
      'My brother and I like soccer.',
      'My friend and her husband live in Canada.',
      'Does my brother like soccer?',
      'I saw my brother play soccer.',
      'The company plan is ambitious.',
      'Let the government decide.',
      'The teacher I like is on TV.',
      'The opposition party criticized the budget plan.',
      'The government plan for housing is unpopular.',
      'The bus stop is far from here.',
      'This are my books.',
      'Fewer babies were born this year.',
      'He quit to join another company.',
      'They insisted that he leave early.',
      'I want to watch cartoons and play games.',
    ],
  },
  'agreement.plural-subject': {
    flags: [
      ['The people is angry.', 'The people are angry.'],
      ['Many people was surprised.', 'Many people were surprised.'],
      ['Young people has a lot of stress.', 'Young people have a lot of stress.'],
      ['The students is tired.', 'The students are tired.'],
      ['I think my parents was right.', 'I think my parents were right.'],
      ['Smartphones is very useful.', 'Smartphones are very useful.'],
      ['The new apartments was expensive.', 'The new apartments were expensive.'],
      ['My neighbors complains about the noise.', 'My neighbors complain about the noise.'],
      ['A lot of students is absent today.', 'A lot of students are absent today.'],
      ['The students who lives here are friendly.', 'The students who live here are friendly.'],
    ],
    leavesAlone: [
      'The people are angry.',
      'The news is sad.',
      'The bus is late.',
      'The series is popular.',
      'The cost of the apples is high.',
      'One of the students is sick.',
      'Helping people is important.',
      'The United States is big.',
      'The crisis is serious.',
      'Physics is hard.',
      'The species is rare.',
      'Each of the students has a laptop.',
      'Ten dollars is too much.',
      'Two years is a long time to wait.',
      'A number of people were hurt.',
    ],
  },
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
      ['It has many informations.', 'It has a lot of information.'],
      ['How many information do you need?', 'How much information do you need?'],
      ['We have too many homework.', 'We have too much homework.'],
    ],
    leavesAlone: ['It has many facts.', 'How much information do you need?'],
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
      ['The news are bad.', 'The news is bad.'],
      ['The news were shocking.', 'The news was shocking.'],
    ],
    leavesAlone: ['The news is bad.', 'The news articles are long.'],
  },
  'countability.plural-after-quantifier': {
    flags: [
      ['I saw many robot at the fair.', 'I saw many robots at the fair.'],
      ['She has three cat.', 'She has three cats.'],
      ['We waited two hour for the bus.', 'We waited two hours for the bus.'],
      ['Several apartment in my building are empty.', 'Several apartments in my building are empty.'],
      ['These sandwich are delicious.', 'These sandwiches are delicious.'],
      ['I met a lot of tourist there.', 'I met a lot of tourists there.'],
      ['He scored 2 goal in the final.', 'He scored 2 goals in the final.'],
      ['Many new student joined the club.', 'Many new students joined the club.'],
    ],
    leavesAlone: [
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
  'agreement.there-is-plural': {
    flags: [
      ['There is two cafes near my office.', 'There are two cafes near my office.'],
      ["There's many reasons to go.", 'There are many reasons to go.'],
      ['There was a lot of people at the station.', 'There were a lot of people at the station.'],
      ['Is there many parks in Seoul?', 'Are there many parks in Seoul?'],
      ['There is no seats left.', 'There are no seats left.'],
    ],
    leavesAlone: ['There is a lot of traffic.', 'There is a book and two pens.', 'There are two cafes.', 'There is a big problem.'],
  },
  'agreement.there-are-singular': {
    flags: [
      ['There are a problem with my phone.', 'There is a problem with my phone.'],
      ['There were an accident on the highway.', 'There was an accident on the highway.'],
    ],
    leavesAlone: ['There are a lot of cars.', 'There are a few problems.', 'There are an old man and a dog outside.', 'There are a number of reasons.'],
  },
  'verb-form.base-after-do': {
    flags: [
      ['Does he likes spicy food?', 'Does he like spicy food?'],
      ["She doesn't wants to come.", "She doesn't want to come."],
      ['Did they went home early?', 'Did they go home early?'],
      ["He didn't went to work.", "He didn't go to work."],
      ['What did the mayor said?', 'What did the mayor say?'],
      ['Does your older brother drives?', 'Does your older brother drive?'],
      ['I did not saw it.', 'I did not see it.'],
    ],
    leavesAlone: ['Does he like spicy food?', 'I do exercises every morning.', 'He does his homework after dinner.', 'Did you know the answer?', "I don't like swimming."],
  },
  'verb-form.base-after-modal': {
    flags: [
      ['He can swims very fast.', 'He can swim very fast.'],
      ['She will goes there tomorrow.', 'She will go there tomorrow.'],
      ["We couldn't found the station.", "We couldn't find the station."],
      ['You should not eats that.', 'You should not eat that.'],
    ],
    leavesAlone: ['He can swim.', 'I will have finished by then.', 'The will of the people matters.', 'In May it rains.', 'It might rain.'],
  },
  'verb-pattern.be-before-verb': {
    flags: [
      ['I am live in Seoul.', 'I live in Seoul.'],
      ['I am know the answer.', 'I know the answer.'],
      ['She is work at a bank every day.', 'She works at a bank every day.'],
      ['I was go there yesterday.', 'I went there yesterday.'],
      ['I am not understand the question.', "I don't understand the question."],
    ],
    leavesAlone: ['I live in Seoul.', 'The museum was free on Sundays.', 'The store is open.', 'It is used to make paper.', 'I am free today.', 'The book was put on the shelf.', 'He is like his father.'],
  },
  'tense.progressive-ing': {
    flags: [
      ['She is work now.', 'She is working now.'],
      ['We are watch a movie right now.', 'We are watching a movie right now.'],
      ['He is play games at the moment.', 'He is playing games at the moment.'],
      ['I was cook dinner when he called.', 'I was cooking dinner when he called.'],
    ],
    leavesAlone: ['She is working now.', 'He is cook at a hotel? No, he is a cook.', 'It is cold now.', 'They are tired now.', 'I am used to it.'],
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
  'comparative.short-adjective': {
    flags: [
      ['It was more cheap than I thought.', 'It was cheaper than I thought.'],
      ['My room is more small.', 'My room is smaller.'],
      ['It is the most tall building in Seoul.', 'It is the tallest building in Seoul.'],
      ['The test was more easy than last year.', 'The test was easier than last year.'],
    ],
    leavesAlone: ['It is more expensive than I thought.', 'We need more free time.', 'It is more fun.', 'She is the most honest person.', 'I want more hot water.'],
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
  'verb-pattern.redundant-preposition': {
    flags: [
      ['We discussed about the plan.', 'We discussed the plan.'],
      ['He mentioned about the accident.', 'He mentioned the accident.'],
      ['They emphasize on quality.', 'They emphasize quality.'],
      ['I attended to the meeting.', 'I attended the meeting.'],
      ['She resembles to her mother.', 'She resembles her mother.'],
    ],
    leavesAlone: ['We discussed the plan.', 'We had a discussion about the plan.', 'The emphasis on quality is clear.', 'The nurse attended to the patient.'],
  },
  'preposition.wrong': {
    flags: [
      ['I am interested about politics.', 'I am interested in politics.'],
      ['It depends of the weather.', 'It depends on the weather.'],
      ['He is responsible of the team.', 'He is responsible for the team.'],
      ['It is similar with mine.', 'It is similar to mine.'],
    ],
    leavesAlone: ['I am interested in politics.', 'I am interested to know more.', 'It depends in part on the weather.', 'Similar to mine.'],
  },
  'preposition.listen-to': {
    flags: [
      ['I listen music.', 'I listen to music.'],
      ['She listened the radio.', 'She listened to the radio.'],
    ],
    leavesAlone: ['I listen to music.', 'Listen, it is late.', 'We listened carefully.'],
  },
  'preposition.arrive-to': {
    flags: [
      ['We arrived to Seoul.', 'We arrived in Seoul.'],
      ['They arrive to the station at noon.', 'They arrive at the station at noon.'],
    ],
    leavesAlone: ['We arrived in Seoul.', 'He arrived to find the door locked.', 'We arrived home.'],
  },
  'preposition.to-before-place-adverb': {
    flags: [
      ['I go to home.', 'I go home.'],
      ['She went to abroad.', 'She went abroad.'],
      ['I have been to there.', 'I have been there.'],
    ],
    leavesAlone: ['I go home.', 'We went to Home Plus.', 'I went to the home of my friend.'],
  },
  'preposition.time': {
    flags: [
      ['We will meet in Friday.', 'We will meet on Friday.'],
      ['The festival starts on July.', 'The festival starts in July.'],
      ['I can not sleep in night.', 'I can not sleep at night.'],
    ],
    leavesAlone: ['We will meet on Friday.', 'The festival starts on July 4.', "I read it in Friday's paper.", 'It starts in July.'],
  },
  'tense.past-time': {
    flags: [
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
      ['I have been to Paris last year.', 'I went to Paris last year.'],
      ['I have been busy yesterday.', 'I was busy yesterday.'],
      ['We have seen it two days ago.', 'We saw it two days ago.'],
      ['He has visited Korea in 2019.', 'He visited Korea in 2019.'],
    ],
    leavesAlone: [
      'I have lived here since last year.',
      'I have been to Paris twice.',
      'Prices have risen over the last year.',
      'I have worked a lot in the last two years.',
    ],
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
  'pronoun.explain-to': {
    flags: [
      ['Can you explain me this?', 'Can you explain to me this?'],
      ['He explained us the rules.', 'He explained to us the rules.'],
      ['She explained them how it works.', 'She explained to them how it works.'],
    ],
    leavesAlone: ['Can you explain it to me?', 'He explained her idea.', 'I will explain them later.'],
  },
  'pronoun.say-tell': {
    flags: [
      ['He said me that he was tired.', 'He told me that he was tired.'],
      ['Say me the truth.', 'Tell me the truth.'],
      ['She said him about it.', 'She told him about it.'],
    ],
    leavesAlone: ['He told me that he was tired.', 'She said her name was Minji.', 'Say them again.', 'He said to me that it was fine.'],
  },
};

describe('learner rules', () => {
  it('every rule has test cases', () => {
    expect(Object.keys(CASES).sort()).toEqual(LEARNER_RULES.map((r) => r.id).sort());
  });

  for (const [ruleId, { flags, leavesAlone }] of Object.entries(CASES)) {
    describe(ruleId, () => {
      it.each(flags)('corrects "%s"', (text, corrected) => {
        expect(correctWith(ruleId, text)).toBe(corrected);
      });
      it.each(leavesAlone)('leaves "%s" alone', (text) => {
        expect(correctWith(ruleId, text)).toBe(text);
      });
    });
  }

  it('keeps one correction where two rules overlap', () => {
    const findings = findLearnerErrors('It has many informations.');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.ruleId).toBe('countability.many-uncountable');
  });
});
