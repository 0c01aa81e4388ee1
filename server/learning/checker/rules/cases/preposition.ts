// Test cases of the preposition rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const prepositionCases: Record<string, RuleCases> = {
  'preposition.go-activity': {
    flags: [
      ["Let's go to shopping.", "Let's go shopping."],
      ['We went to swimming yesterday.', 'We went swimming yesterday.'],
      ['I go to hiking on weekends.', 'I go hiking on weekends.'],
      ['My dad is going to fishing with his friends.', 'My dad is going fishing with his friends.'],
    ],
    leavesAlone: [
      "Let's go shopping.",
      'I go to swimming class on Mondays.',
      'We went to the shopping mall.',
      'She goes to dancing lessons.',
      'I am going to swim.',
      'I went to a meeting.',
      'He went to Running Man filming.',
    ],
  },
  'preposition.wrong': {
    flags: [
      ['I am interested about politics.', 'I am interested in politics.'],
      ['It depends of the weather.', 'It depends on the weather.'],
      ['He is responsible of the team.', 'He is responsible for the team.'],
      ['It is similar with mine.', 'It is similar to mine.'],
      ['She is married with a doctor.', 'She is married to a doctor.'],
      ["She's happily married with a doctor.", "She's happily married to a doctor."],
      ['I married with him last year.', 'I married him last year.'],
      ['My phone is different with yours.', 'My phone is different from yours.'],
      ['Jeonju is famous about bibimbap.', 'Jeonju is famous for bibimbap.'],
      ['I am satisfied about the result.', 'I am satisfied with the result.'],
      ['The test consists from three parts.', 'The test consists of three parts.'],
    ],
    leavesAlone: [
      'I am interested in politics.',
      'I am interested to know more.',
      'It depends in part on the weather.',
      'Similar to mine.',
      'She is married with two children.',
      'He is married to my cousin.',
      'I married him last year.',
      'They married with three children already.',
      'It is different from mine.',
    ],
  },
  'preposition.listen-to': {
    flags: [
      ['I listen music.', 'I listen to music.'],
      ['She listened the radio.', 'She listened to the radio.'],
      ['We often listen K-pop songs.', 'We often listen to K-pop songs.'],
      ['Please listen your teacher.', 'Please listen to your teacher.'],
      ['I was listening jazz.', 'I was listening to jazz.'],
      ['I listened BTS songs all day.', 'I listened to BTS songs all day.'],
    ],
    leavesAlone: ['I listen to music.', 'Listen, it is late.', 'We listened carefully.', 'Listen I have to go.', 'I listen to BTS.'],
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
      ['I get up at the morning.', 'I get up in the morning.'],
      ['He studies at the evening.', 'He studies in the evening.'],
      ['I was born at 1995.', 'I was born in 1995.'],
      ['The class starts in 9 o\'clock.', 'The class starts at 9 o\'clock.'],
      ['We have lunch in noon.', 'We have lunch at noon.'],
    ],
    leavesAlone: [
      'We will meet on Friday.',
      'The festival starts on July 4.',
      "I read it in Friday's paper.",
      'It starts in July.',
      'I get up in the morning.',
      'On the morning of the exam I was nervous.',
      'I was born in 1995.',
      'The class starts at 9 o\'clock.',
      'I will be back in 10 minutes.',
    ],
  },
};
