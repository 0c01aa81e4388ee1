// Test cases of the preposition rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const prepositionCases: Record<string, RuleCases> = {
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
};
