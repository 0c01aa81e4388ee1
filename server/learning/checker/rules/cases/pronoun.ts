// Test cases of the pronoun rules (learner-rules.test.ts runs them).
import type { RuleCases } from './rule-cases';

export const pronounCases: Record<string, RuleCases> = {
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
  'pronoun.object-as-possessive': {
    flags: [
      ['I met him sister at the mall.', 'I met his sister at the mall.'],
      ['I met them parents yesterday.', 'I met their parents yesterday.'],
      ['I borrowed him laptop for the presentation.', 'I borrowed his laptop for the presentation.'],
      ['Him brother is a doctor.', 'His brother is a doctor.'],
      ['I went to him house.', 'I went to his house.'],
      ['I met him older brother.', 'I met his older brother.'],
    ],
    leavesAlone: [
      'I gave him books.',
      'We gave them names.',
      'I consider them friends.',
      'Let him room with you.',
      'I saw him phone the police.',
      'I gave him birthday presents.',
      'I bought them phone cases.',
      'Call him father.',
      'They made him boss.',
      'We named him Max.',
      'I met him.',
      'I met his sister.',
    ],
  },
  'pronoun.and-myself': {
    flags: [
      ['My friend and myself went to the concert.', 'My friend and I went to the concert.'],
      ['My sister and myself cooked dinner for our parents.', 'My sister and I cooked dinner for our parents.'],
      ['The manager sent the report to Jisoo and myself.', 'The manager sent the report to Jisoo and me.'],
    ],
    leavesAlone: [
      'I made it for my mom and myself.',
      'I hurt my brother and myself.',
      'My friend and I went home.',
      'I bought gifts for Jisoo and myself.',
      'My friend and myself, we went.',
    ],
  },
  'pronoun.contraction-as-possessive': {
    flags: [
      ["I helped my sister with she's homework.", 'I helped my sister with her homework.'],
      ["We stayed at he's house for the weekend.", 'We stayed at his house for the weekend.'],
    ],
    leavesAlone: [
      "I'll wait until she's home.",
      "It looks like she's tired.",
      "I think she's friends with him.",
      "He's at home.",
      "At she's best, she is great.",
      "I talked to she's",
    ],
  },
};
