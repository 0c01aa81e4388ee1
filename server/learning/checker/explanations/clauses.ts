// The learner rules' explanations for clauses: relative clauses, negation, conditions and word
// order (see ../explanations.ts).
import type { RuleExplanations } from './entry';

export const CLAUSES_EXPLANATIONS: RuleExplanations = {
  'grammar.missing-relative-pronoun': {
    ko: (o, c) => `명사를 뒤에서 꾸미는 절 앞에는 who/that이 필요해요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A clause describing a noun needs 'who' or 'that': '${c}', not '${o}'.`,
  },
  'grammar.relative-extra-pronoun': {
    ko: (o) => `that/which/who/where가 이미 그 명사를 가리키므로 '${o.trim()}' 표현을 다시 쓰지 않아요.`,
    en: (o) => `The relative word already stands for the noun, so leave out '${o.trim()}'.`,
  },
  'grammar.which-for-person': {
    ko: (o, c) => `사람을 꾸밀 때는 'which'가 아니라 'who'를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `For a person use 'who', not 'which': '${c}', not '${o}'.`,
  },
  'grammar.unless-not': {
    ko: (o, c) => `'unless'에 이미 '~하지 않으면'이라는 뜻이 있어서 not을 또 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Unless' already means 'if not', so drop the negative: '${c}', not '${o}'.`,
  },
  'grammar.not-without-do': {
    ko: (o, c) => `일반동사를 부정할 때는 do/does + not을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A verb is negated with do/does + not: '${c}', not '${o}'.`,
  },
  'grammar.neither-either': {
    ko: (o, c) => `부정문 끝의 '~도 (아니다)'는 'either'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After a negative, 'also not' is 'either' at the end: '${c}', not '${o}'.`,
  },
  'grammar.linking-verb-adverb': {
    ko: (o, c) => `smell, taste, sound, look 같은 감각 동사 뒤에는 부사가 아니라 형용사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Verbs of the senses (smell, taste, sound, look) take an adjective: '${c}', not '${o}'.`,
  },
  'word-order.enough': {
    ko: (o, c) => `'enough'는 형용사 뒤에 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Enough' comes after an adjective: '${c}', not '${o}'.`,
  },
  'word-order.frequency-adverb': {
    ko: (o, c) => `usually, always 같은 빈도 부사는 일반동사 앞에 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Frequency adverbs (usually, always) go before the main verb: '${c}', not '${o}'.`,
  },
  'pronoun.each-other': {
    ko: (o, c) => `'each other'는 복수형이 없어요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Each other' has no plural: '${c}', not '${o}'.`,
  },
  'tense.when-perfect': {
    ko: (o, c) => `'When'으로 언제인지 물을 때는 현재완료가 아니라 과거형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A 'when' question asks for a finished time, so it takes the past: '${c}', not '${o}'.`,
  },
  'agreement.long-subject': {
    ko: (o, c) => `주어가 길어도 동사는 맨 앞의 중심 명사에 맞춰요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `However long the subject, the verb agrees with its head noun: '${c}', not '${o}'.`,
  },
};
