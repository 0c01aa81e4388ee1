// The learner rules' explanations for nouns and what goes with them: countability, articles, pronouns (see ../explanations.ts).
import { lastWord, type RuleExplanations } from './entry';

export const NOUNS_EXPLANATIONS: RuleExplanations = {
  'countability.every-singular': {
    ko: (o, c) => `'every' 뒤에는 단수 명사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Every' takes a singular noun: '${c}', not '${o}'.`,
  },
  'article.missing-a': {
    ko: (_o, c) => `직업이나 역할을 나타내는 셀 수 있는 명사 하나 앞에는 'a/an'을 붙여요: '${c}'.`,
    en: (_o, c) => `A single countable noun for a job or role needs 'a' or 'an': '${c}'.`,
  },
  'countability.plural-uncountable': {
    ko: (_o, c) => `'${c}' 같은 셀 수 없는 명사에는 '-s'를 붙이지 않아요.`,
    en: (_o, c) => `'${c}' is uncountable in English, so it never takes '-s'.`,
  },
  'countability.many-uncountable': {
    ko: (_o, c) => `'many' 뒤에는 셀 수 있는 명사의 복수형이 와요. '${lastWord(c)}' 같은 셀 수 없는 명사에는 '${c}'처럼 써요.`,
    en: (_o, c) => `'Many' goes with plural countable nouns; '${lastWord(c)}' is uncountable, so say '${c}'.`,
  },
  'countability.much-plural': {
    ko: (_o, c) => `셀 수 있는 명사의 복수형 앞에는 'much'가 아니라 'many'를 써요: '${c}'.`,
    en: (_o, c) => `Use 'many' with plural countable nouns ('much' is for uncountable ones): '${c}'.`,
  },
  'countability.plural-after-quantifier': {
    ko: (o, c) => `'many', 'several' 같은 말이나 2 이상의 숫자 뒤에서는 셀 수 있는 명사를 복수형으로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After a number or a word like 'many', a countable noun is plural: '${c}', not '${o}'.`,
  },
  'countability.one-of-plural': {
    ko: (o, c) => `'one of the ...' 뒤에는 복수 명사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'One of' (or 'each of') is followed by a plural noun: '${c}', not '${o}'.`,
  },
  'countability.news-singular': {
    ko: (_o, c) => `'news'는 -s로 끝나지만 셀 수 없는 명사라서 단수 동사를 써요: 'news ${c}'.`,
    en: (_o, c) => `'News' looks plural but is uncountable, so it takes a singular verb: 'news ${c}'.`,
  },
  'pronoun.explain-to': {
    ko: (_o, c) => `'explain' 뒤에 설명을 듣는 사람이 올 때는 'to'가 필요해요: '${c}'.`,
    en: (_o, c) => `'Explain' needs 'to' before the person: '${c}'.`,
  },
  'pronoun.say-tell': {
    ko: (_o, c) => `'say' 뒤에는 사람을 바로 쓰지 않아요. 누구에게 말했는지 말할 때는 'tell'을 써요: '${c}'.`,
    en: (_o, c) => `'Say' is not followed directly by a person; use 'tell': '${c}'.`,
  },
  'pronoun.object-as-possessive': {
    ko: (o, c) => `명사 앞에서 '누구의'를 나타낼 때는 소유격을 써요 (him → his, them → their): '${o}' 대신 '${c}'.`,
    en: (o, c) => `Before a noun, use the possessive (his, their), not the object pronoun: '${c}', not '${o}'.`,
  },
  'countability.peoples': {
    ko: (o, c) => `'사람들'은 이미 복수라서 -s 없이 써요 (여러 민족을 가리킬 때만 peoples): '${o}' 대신 '${c}'.`,
    en: (o, c) => `'People' is already plural; 'peoples' means nations or ethnic groups: '${c}', not '${o}'.`,
  },
  'countability.few-little': {
    ko: (o, c) => `셀 수 있는 명사의 복수형 앞에는 a few, 셀 수 없는 명사 앞에는 a little: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'A few' goes with plural count nouns and 'a little' with uncountable nouns: '${c}', not '${o}'.`,
  },
  'countability.one-singular': {
    ko: (o, c) => `'one' 뒤에는 단수 명사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'one' the noun is singular: '${c}', not '${o}'.`,
  },
  'article.a-uncountable': {
    ko: (o, c) => `advice, weather 같은 셀 수 없는 명사 앞에는 관사(a/an)를 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Uncountable nouns such as advice or weather take no 'a/an': '${c}', not '${o}'.`,
  },
  'pronoun.and-myself': {
    ko: (o, c) => `myself 표현은 같은 문장의 주어가 I일 때만 써요: '${o}' 대신 '${c}'.`,
    en: (_o, c) => `'Myself' only refers back to an 'I' in the same sentence; here use '${c}'.`,
  },
  'pronoun.contraction-as-possessive': {
    ko: (o, c) => `'${o}' 표현은 she is, he is 줄임말이에요. 소유격(그녀의, 그의)은 '${c}'.`,
    en: (o, c) => `'${o}' means 'she is' or 'he is'; the possessive is '${c}'.`,
  },
  'article.a-same': {
    ko: (o, c) => `'same' 앞에는 항상 'the'를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Same' always takes 'the': '${c}', not '${o}'.`,
  },
  'article.no-article': {
    ko: () => `운동 이름(play soccer)과 교통수단(by bus) 앞에는 'the'를 쓰지 않아요.`,
    en: (o) => `Sports after 'play' and transport after 'by' take no article: leave out '${o.trim()}'.`,
  },
  'article.as-job': {
    ko: (o, c) => `'as' 뒤에 직업을 말할 때도 a/an을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A job after 'as' takes 'a/an': '${c}', not '${o}'.`,
  },
  'grammar.the-most-of': {
    ko: (o, c) => `'대부분의, 절반의'는 'the' 없이 'most of', 'half of'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Most of' and 'half of' take no 'the': '${c}', not '${o}'.`,
  },
  'comparative.than': {
    ko: (o, c) => `비교급 뒤에서 비교 대상(~보다)은 'than'으로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After a comparative, what you compare with takes 'than': '${c}', not '${o}'.`,
  },
  'comparative.than-without-er': {
    ko: (o, c) => `'than' 앞에는 비교급(-er 또는 more)을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Before 'than' the adjective is a comparative (-er or 'more'): '${c}', not '${o}'.`,
  },
  'comparative.irregular': {
    ko: (o, c) => `이 형용사는 -er/-est를 붙이지 않아요 (불규칙이거나 more/most를 써요): '${o}' 대신 '${c}'.`,
    en: (o, c) => `This adjective has no -er/-est form (it is irregular or takes more/most): '${c}', not '${o}'.`,
  },
};
