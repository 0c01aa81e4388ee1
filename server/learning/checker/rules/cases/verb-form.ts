// Test cases of the verb-form rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const verbFormCases: Record<string, RuleCases> = {
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
    leavesAlone: ['Why did the government raise taxes?', 'Did the company raise prices?', 'Does he like spicy food?', 'I do exercises every morning.', 'He does his homework after dinner.', 'Did you know the answer?', "I don't like swimming."],
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
  'verb-form.intransitive-passive': {
    flags: [
      ['The accident was happened on the highway.', 'The accident happened on the highway.'],
      ['It is happened.', 'It happened.'],
      ['A big earthquake was occurred in Turkey.', 'A big earthquake occurred in Turkey.'],
      ['It has been happened twice.', 'It has happened twice.'],
      ['It will be happened again.', 'It will happen again.'],
      ["It wasn't happened.", "It didn't happen."],
      ['The dinosaurs were existed long ago.', 'The dinosaurs existed long ago.'],
      ['He was appeared on TV.', 'He appeared on TV.'],
    ],
    leavesAlone: [
      'The accident happened on the highway.',
      'A decision was arrived at.',
      'Thousands were disappeared by the regime.',
      "It's happened before.",
      'What happened?',
      'The guests have arrived.',
      'He is dead.',
      'The festival is happening now.',
    ],
  },
  'verb-form.passive-participle': {
    flags: [
      ['The results will be announce next week.', 'The results will be announced next week.'],
      ['The new stadium will be build in 2027.', 'The new stadium will be built in 2027.'],
      ['The winner will be choose by the fans.', 'The winner will be chosen by the fans.'],
    ],
    leavesAlone: [
      'It will be able to fly.',
      'It will be fine tomorrow.',
      'The shop will be open next week.',
      'I will be home by six.',
      'It will be like this forever.',
      'It will be fun.',
      'The results will be announced next week.',
      'It will be cold tomorrow.',
      'You will be sorry.',
    ],
  },
  'verb-form.perfect-participle': {
    flags: [
      ['I have live here for three years.', 'I have lived here for three years.'],
      ['She has write a new book.', 'She has written a new book.'],
      ['We have finish since noon.', 'We have finished since noon.'],
    ],
    leavesAlone: [
      'I have to go.',
      'I have lunch at noon.',
      'We have live music on Fridays.',
      'I have work in the morning.',
      'I have work there.',
      'They have class at nine.',
      'I have lived here for three years.',
      'I have a car.',
    ],
  },
};
