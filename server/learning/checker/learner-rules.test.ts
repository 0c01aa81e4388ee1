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
    ],
  },
  'agreement.plural-subject': {
    flags: [
      ['The people is angry.', 'The people are angry.'],
      ['Many people was surprised.', 'Many people were surprised.'],
      ['Young people has a lot of stress.', 'Young people have a lot of stress.'],
      ['The students is tired.', 'The students are tired.'],
      ['I think my parents was right.', 'I think my parents were right.'],
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
    ],
  },
  'countability.plural-uncountable': {
    flags: [
      ['I got some informations.', 'I got some information.'],
      ['She gave me good advices.', 'She gave me good advice.'],
      ['We bought new furnitures.', 'We bought new furniture.'],
    ],
    leavesAlone: ['I got some information.', 'He researches history.', 'She advises the president.'],
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
  'verb-pattern.gerund-after-verb': {
    flags: [
      ['I enjoy to swim.', 'I enjoy swimming.'],
      ['He avoided to answer.', 'He avoided answering.'],
      ['Do you mind to wait?', 'Do you mind waiting?'],
      ['She finished to write the report.', 'She finished writing the report.'],
    ],
    leavesAlone: ['I enjoy swimming.', 'Visitors are recommended to arrive early.', 'I stopped to buy coffee.', 'I suggest to him that he rest.'],
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
    ],
    leavesAlone: ['We discussed the plan.', 'We had a discussion about the plan.', 'The emphasis on quality is clear.'],
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
  'tense.past-time': {
    flags: [
      ['Yesterday I go to the park.', 'Yesterday I went to the park.'],
      ['Last week, the government announce a plan.', 'Last week, the government announced a plan.'],
      ['Yesterday it is cold.', 'Yesterday it was cold.'],
      ['I meet my friend yesterday.', 'I met my friend yesterday.'],
      ['We buy a car two years ago.', 'We bought a car two years ago.'],
    ],
    leavesAlone: [
      'Yesterday I went to the park.',
      'I remember the party yesterday.',
      'I guess last year was better.',
      'I think it happened yesterday.',
      'I read the article yesterday.',
      'I go to the gym every day.',
      'I study English since last year.',
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
