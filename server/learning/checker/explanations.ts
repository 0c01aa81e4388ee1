// One short sentence per rule, in the learner's native language. Korean avoids particles
// straight after an English word (은/는, 이/가), whose form depends on how the word is read.
import type { CorrectionType, NativeLanguage } from '../../../shared/corrections';

type Template = (original: string, corrected: string) => string;
type Entry = Record<NativeLanguage, Template>;

const lastWord = (phrase: string): string => phrase.trim().split(/\s+/).at(-1) ?? phrase;

const BY_RULE: Record<string, Entry> = {
  'word-choice.konglish': {
    ko: (o, c) => `한국에서만 쓰는 콩글리시 표현이에요. 영어로는 '${o}' 대신 '${c}'.`,
    en: (o, c) => `'${o}' is Konglish, not used in English: say '${c}'.`,
  },
  'tense.will-in-condition': {
    ko: (o, c) => `조건이나 시간을 나타내는 'if', 'when' 뒤에서는 미래도 현재형으로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'if' or 'when', English uses the present for the future: '${c}', not '${o}'.`,
  },
  'tense.since-present': {
    ko: (o, c) => `과거부터 지금까지 이어지는 일은 현재완료로 써요 (since 표현과 함께): '${o}' 대신 '${c}'.`,
    en: (o, c) => `Something that started in the past and goes on now takes the present perfect with 'since': '${c}', not '${o}'.`,
  },
  'agreement.the-number-of': {
    ko: (o, c) => `'the number of' 표현의 주어는 'number' 하나라서 단수 동사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The head of 'the number of ...' is 'number', which is singular: '${c}', not '${o}'.`,
  },
  'countability.every-singular': {
    ko: (o, c) => `'every' 뒤에는 단수 명사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Every' takes a singular noun: '${c}', not '${o}'.`,
  },
  'verb-pattern.used-to-base': {
    ko: (o, c) => `과거의 습관을 말하는 'used to' 뒤에는 동사원형이 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Used to' for a past habit takes the base verb: '${c}', not '${o}'.`,
  },
  'verb-pattern.forget-remember': {
    ko: (o, c) => `앞으로 할 일은 'forget/remember + to 동사', 이미 한 일의 기억은 -ing 형태로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Forget/remember to do' is a task still to do; '-ing' is a memory of the past: '${c}', not '${o}'.`,
  },
  'verb-pattern.suggest-to': {
    ko: (o, c) => `'suggest' 뒤에는 '사람 + to 동사'를 쓰지 않고 'that + 주어 + 동사원형'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Suggest' takes 'that' + subject + base verb, not a person + 'to': '${c}', not '${o}'.`,
  },
  'verb-pattern.can-able': {
    ko: () => `'can' 자체에 'be able to' 뜻이 있어서 함께 쓰지 않아요. 'can + 동사원형'만 써요.`,
    en: (o) => `'Can' already means 'be able to', so leave out '${o.trim()}'.`,
  },
  'verb-pattern.help-ing': {
    ko: (o, c) => `'help + 사람' 뒤에는 동사원형이 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Help' + a person takes the base verb: '${c}', not '${o}'.`,
  },
  'preposition.until-by': {
    ko: (o, c) => `마감 기한에는 'by' 전치사, 계속되다가 끝나는 때에는 'until' 전치사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A deadline takes 'by'; 'until' is for something that lasts up to a time: '${c}', not '${o}'.`,
  },
  'preposition.transport': {
    ko: (o, c) => `버스나 지하철 같은 대중교통에는 'on', 교통수단을 말할 때는 'by' 전치사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Buses and trains take 'on', and the means of travel takes 'by': '${c}', not '${o}'.`,
  },
  'preposition.before-next': {
    ko: (o, c) => `'next', 'last' 같은 말이 붙은 시간 표현 앞에는 전치사를 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Time words with 'next' or 'last' take no preposition: '${c}', not '${o}'.`,
  },
  'preposition.while-during': {
    ko: (o, c) => `'while' 뒤에는 주어와 동사가 오고, 명사 앞에는 'during' 전치사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'While' starts a clause; before a noun, use 'during': '${c}', not '${o}'.`,
  },
  'preposition.works-as': {
    ko: (o, c) => `직업이나 역할을 말할 때는 'as' 전치사를 써요. 'like' 전치사는 '~처럼'이라는 비교예요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A job or role takes 'as'; 'like' compares: '${c}', not '${o}'.`,
  },
  'preposition.in-minutes': {
    ko: (o, c) => `지금부터 얼마 뒤를 말할 때는 'in' 전치사를 써요 (in 10 minutes): '${o}' 대신 '${c}'.`,
    en: (o, c) => `A time from now takes 'in' ('in 10 minutes'): '${c}', not '${o}'.`,
  },
  'word-order.speak-well': {
    ko: (o, c) => `'well', 'fluently' 같은 말은 언어 이름(목적어) 뒤에 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Well' or 'fluently' comes after the language, the object: '${c}', not '${o}'.`,
  },
  'grammar.double-negative': {
    ko: (o, c) => `영어에서는 부정을 한 번만 해요. 부정문 뒤에는 'any-' 형태의 말을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `English negates once: after a negative verb use an any-word, '${c}', not '${o}'.`,
  },
  'agreement.singular-subject': {
    ko: (o, c) => `주어가 한 사람이나 하나일 때는 단수 동사를 써요 (현재형은 -s): '${o}' 대신 '${c}'.`,
    en: (o, c) => `A singular subject takes a singular verb (-s in the present): '${c}', not '${o}'.`,
  },
  'agreement.there-is-plural': {
    ko: (o, c) => `뒤에 오는 명사가 복수라서 복수 동사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The noun after it is plural, so the verb is plural too: '${c}', not '${o}'.`,
  },
  'agreement.there-are-singular': {
    ko: (o, c) => `뒤에 오는 명사가 하나라서 단수 동사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The noun after it is singular, so the verb is singular too: '${c}', not '${o}'.`,
  },
  'verb-pattern.gerund-after-preposition': {
    ko: (o, c) => `전치사 뒤에 동사가 올 때는 -ing 형태로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After a preposition a verb takes -ing: '${c}', not '${o}'.`,
  },
  'preposition.go-activity': {
    ko: (_o, c) => `쇼핑, 수영 같은 활동은 'to' 없이 'go + -ing'로 말해요: 'go ${c}'.`,
    en: (_o, c) => `Activities go with 'go' + -ing and no 'to': 'go ${c}'.`,
  },
  'word-order.very-verb': {
    ko: () => `'very'는 동사를 꾸미지 못해요. 동사 앞에는 'really'를 쓰거나 뒤에 'very much'를 붙여요: 'I really like it', 'I like it very much'.`,
    en: () => `'Very' cannot go before a verb: say 'really' ('I really like it') or 'very much' after it.`,
  },
  'grammar.because-of-clause': {
    ko: () => `'because of' 뒤에는 명사가 오고, 주어와 동사가 있는 문장 앞에는 'because'만 써요.`,
    en: () => `'Because of' takes a noun; before a subject and verb, use 'because' alone.`,
  },
  'word-choice.feeling-participle': {
    ko: (o, c) => `사람이 느끼는 감정은 -ed('${c}'), 그 감정을 주는 것은 -ing('${o}')로 써요.`,
    en: (o, c) => `How a person feels takes -ed ('${c}'); what causes the feeling takes -ing ('${o}').`,
  },
  'word-order.embedded-question': {
    ko: (o, c) => `문장 안에 들어간 질문은 평서문 순서(주어 + 동사)로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A question inside a sentence keeps statement order (subject, then verb): '${c}', not '${o}'.`,
  },
  'article.missing-a': {
    ko: (_o, c) => `직업이나 역할을 나타내는 셀 수 있는 명사 하나 앞에는 'a/an'을 붙여요: '${c}'.`,
    en: (_o, c) => `A single countable noun for a job or role needs 'a' or 'an': '${c}'.`,
  },
  'agreement.plural-subject': {
    ko: (o, c) => `주어가 복수라서 동사도 복수형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The subject is plural, so the verb is plural too: '${c}', not '${o}'.`,
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
  'verb-pattern.gerund-after-verb': {
    ko: (_o, c) => `이 동사 뒤에는 'to + 동사원형'이 아니라 '-ing' 형태가 와요: '${c}'.`,
    en: (_o, c) => `This verb is followed by an -ing form, not 'to' + verb: '${c}'.`,
  },
  'verb-pattern.infinitive-after-verb': {
    ko: (_o, c) => `이 동사 뒤에는 '-ing' 형태가 아니라 'to + 동사원형'이 와요: '${c}'.`,
    en: (_o, c) => `This verb is followed by 'to' + verb, not an -ing form: '${c}'.`,
  },
  'verb-pattern.bare-infinitive': {
    ko: (o, c) => `'make', 'let' 뒤에는 'to' 없이 동사원형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'make' or 'let' and a person, the verb has no 'to': '${c}', not '${o}'.`,
  },
  'verb-pattern.modal-to': {
    ko: (o, c) => `'must', 'can' 같은 조동사 뒤에는 'to' 없이 동사원형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Modals such as 'must' and 'can' take the verb without 'to': '${c}', not '${o}'.`,
  },
  'verb-pattern.be-before-verb': {
    ko: (o, c) => `일반동사 앞에는 be동사를 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `This verb needs no 'am/is/are' before it: '${c}', not '${o}'.`,
  },
  'verb-form.base-after-do': {
    ko: (o, c) => `'do', 'does', 'did' 뒤에는 동사원형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After do, does or did, the verb takes its base form: '${c}', not '${o}'.`,
  },
  'verb-form.base-after-modal': {
    ko: (o, c) => `'can', 'will', 'should' 같은 조동사 뒤에는 동사원형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After can, will, should and other modals, use the base form: '${c}', not '${o}'.`,
  },
  'verb-pattern.look-forward-to': {
    ko: (_o, c) => `'look forward to'의 'to'는 전치사라서 뒤에 '-ing' 형태가 와요: 'look forward to ${c}'.`,
    en: (_o, c) => `In 'look forward to', 'to' is a preposition, so the verb takes -ing: 'look forward to ${c}'.`,
  },
  'verb-pattern.be-agree': {
    ko: (_o, c) => `'agree'는 형용사가 아니라 동사라서 be동사 없이 써요: '${c}'.`,
    en: (_o, c) => `'Agree' is a verb, not an adjective, so it needs no 'am/is/are': '${c}'.`,
  },
  'verb-pattern.redundant-preposition': {
    ko: (o, c) => `'${c}' 뒤에는 전치사 없이 바로 목적어가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'${c}' takes its object directly, without a preposition: '${c}', not '${o}'.`,
  },
  'preposition.wrong': {
    ko: (o, c) => `이 표현에서는 '${o}' 대신 '${c}' 전치사를 써요.`,
    en: (o, c) => `The preposition here is '${c}', not '${o}'.`,
  },
  'preposition.listen-to': {
    ko: () => `'listen' 뒤에 듣는 대상을 말할 때는 'to'를 넣어요 (listen to music).`,
    en: () => `'Listen' needs 'to' before what you hear (listen to music).`,
  },
  'preposition.arrive-to': {
    ko: () => `'arrive' 뒤에는 'to'를 쓰지 않아요. 도시나 나라 앞에는 'in', 역이나 건물 같은 장소 앞에는 'at'을 써요.`,
    en: () => `We arrive 'in' a city or country and 'at' a place such as a station, never 'to'.`,
  },
  'preposition.to-before-place-adverb': {
    ko: (_o, c) => `'${c}' 같은 부사 앞에는 'to'를 쓰지 않아요 (go ${c}).`,
    en: (_o, c) => `'${c}' is an adverb here, so it takes no 'to' (go ${c}).`,
  },
  'preposition.time': {
    ko: (o, c) => `요일 앞에는 'on', 달 앞에는 'in', 'night' 앞에는 'at'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Days take 'on', months take 'in', and 'night' takes 'at': '${c}', not '${o}'.`,
  },
  'tense.past-time': {
    ko: (o, c) => `과거를 나타내는 시간 표현이 있으니 과거형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The time expression is in the past, so use the past tense: '${c}', not '${o}'.`,
  },
  'tense.perfect-with-past-time': {
    ko: (_o, c) => `'yesterday', 'last year'처럼 끝난 과거 시점과는 현재완료 대신 단순 과거를 써요: '${c}'.`,
    en: (_o, c) => `With a finished time such as 'yesterday' or 'last year', use the simple past: '${c}'.`,
  },
  'tense.participle-as-past': {
    ko: (o, c) => `과거분사는 'have' 없이 혼자 쓰지 않아요. 과거를 말할 때는 과거형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'${o}' is a past participle and needs 'have'; the simple past is '${c}'.`,
  },
  'tense.progressive-ing': {
    ko: (_o, c) => `be동사 뒤에서 지금 하고 있는 일을 말할 때는 동사에 -ing를 붙여요: '${c}'.`,
    en: (_o, c) => `After 'am/is/are', an action in progress takes -ing: '${c}'.`,
  },
  'comparative.short-adjective': {
    ko: (_o, c) => `짧은 형용사는 'more', 'most' 대신 -er, -est를 붙여요: '${c}'.`,
    en: (_o, c) => `A short adjective takes -er or -est instead of 'more' or 'most': '${c}'.`,
  },
  'comparative.double': {
    ko: (_o, c) => `'${c}'에 이미 비교급이나 최상급이 들어 있어서 'more'나 'most'를 붙이지 않아요.`,
    en: (_o, c) => `'${c}' is already a comparative or superlative, so drop 'more' or 'most'.`,
  },
  'pronoun.explain-to': {
    ko: (_o, c) => `'explain' 뒤에 설명을 듣는 사람이 올 때는 'to'가 필요해요: '${c}'.`,
    en: (_o, c) => `'Explain' needs 'to' before the person: '${c}'.`,
  },
  'pronoun.say-tell': {
    ko: (_o, c) => `'say' 뒤에는 사람을 바로 쓰지 않아요. 누구에게 말했는지 말할 때는 'tell'을 써요: '${c}'.`,
    en: (_o, c) => `'Say' is not followed directly by a person; use 'tell': '${c}'.`,
  },
  'agreement.do-question': {
    ko: (o, c) => `주어가 3인칭 단수(he, she, it, 또는 your brother 같은 단수 명사)일 때는 질문에서도 does, doesn't 형태를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `With he, she, it or a singular noun as the subject, a question takes 'does', not 'do': '${c}', not '${o}'.`,
  },
  'word-order.wh-question': {
    ko: (o, c) => `의문사로 시작하는 질문에서는 주어 앞에 조동사(do, does, did)나 be동사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `In a question after a question word, the helping verb comes before the subject: '${c}', not '${o}'.`,
  },
  'pronoun.object-as-possessive': {
    ko: (o, c) => `명사 앞에서 '누구의'를 나타낼 때는 소유격을 써요 (him → his, them → their): '${o}' 대신 '${c}'.`,
    en: (o, c) => `Before a noun, use the possessive (his, their), not the object pronoun: '${c}', not '${o}'.`,
  },
  'countability.peoples': {
    ko: (o, c) => `'사람들'은 이미 복수라서 -s 없이 써요 (여러 민족을 가리킬 때만 peoples): '${o}' 대신 '${c}'.`,
    en: (o, c) => `'People' is already plural; 'peoples' means nations or ethnic groups: '${c}', not '${o}'.`,
  },
  'grammar.adjective-as-adverb': {
    ko: (o, c) => `동작을 어떻게 하는지 꾸밀 때는 형용사가 아니라 부사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `To say how an action is done, use the adverb, not the adjective: '${c}', not '${o}'.`,
  },
  'word-choice.make-do': {
    ko: (o, c) => `영어에서는 명사마다 함께 쓰는 동사가 정해져 있어요 (make a mistake, do homework): '${o}' 대신 '${c}'.`,
    en: (o, c) => `Some nouns go with 'make' (a mistake, a decision), others with 'do' (homework): '${c}', not '${o}'.`,
  },
  'word-choice.borrow-lend': {
    ko: (o, c) => `영어에서는 '빌려주다'(lend)와 '빌리다'(borrow)를 다른 동사로 말해요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `You borrow something from someone and lend it to someone: '${c}', not '${o}'.`,
  },
  'grammar.missing-subject-it': {
    ko: (o, c) => `영어 문장에는 주어가 꼭 있어야 해요 (날씨나 앞에서 말한 것은 it): '${o}' 대신 '${c}'.`,
    en: (_o, c) => `An English sentence needs a subject; for the weather or a thing just mentioned, use 'it': '${c}'.`,
  },
  'grammar.although-but': {
    ko: () => `한 문장에 although, but 둘 다 쓰지 않고 하나만 써요.`,
    en: () => `'Although' and 'but' are not used together in one sentence; keep only one.`,
  },
  'verb-form.intransitive-passive': {
    ko: (o, c) => `'happen', 'occur' 같은 동사는 목적어를 갖지 않아서 수동태(be + -ed)로 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Verbs like 'happen' and 'occur' take no object, so they have no passive: '${c}', not '${o}'.`,
  },
  'preposition.reply-to': {
    ko: () => `'reply' 뒤에 답장하는 대상이 올 때는 'to'를 넣어요 (reply to a message).`,
    en: () => `'Reply' needs 'to' before what or whom you answer (reply to a message).`,
  },
  'preposition.wait-for': {
    ko: () => `'wait' 뒤에 기다리는 사람이나 대상이 올 때는 'for'를 넣어요 (wait for the bus).`,
    en: () => `'Wait' needs 'for' before the person or thing you wait for (wait for the bus).`,
  },
  'verb-pattern.want-that': {
    ko: (o, c) => `'want' 뒤에는 that절 대신 '목적어 + to + 동사원형'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Want' takes an object and 'to', not a 'that' clause: '${c}', not '${o}'.`,
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
  'grammar.almost-all': {
    ko: () => `almost 하나만으로는 명사를 꾸미지 못해요. '거의 모든'은 'almost all'이라고 해요.`,
    en: () => `'Almost' cannot go straight before a noun; 'almost all' means nearly every one.`,
  },
  'grammar.most-of': {
    ko: (_o, c) => `'most of' 뒤에는 the, my 같은 한정사나 대명사가 와요. 일반적인 사람이나 사물을 말할 때는 '${c}'만 써요.`,
    en: (_o, c) => `'Most of' needs 'the', 'my' or a pronoun after it; for people or things in general, just say '${c}'.`,
  },
  'preposition.for-since': {
    ko: () => `기간을 말할 때는 for (for three years), 시작한 때를 말할 때는 since (since 2015).`,
    en: () => `'For' gives a length of time (for three years); 'since' gives the starting point (since 2015).`,
  },
  'preposition.join-to': {
    ko: () => `'join' 뒤에는 'to' 없이 바로 단체나 모임을 써요 (join the army).`,
    en: () => `'Join' takes the group directly, with no 'to' (join the army).`,
  },
  'word-choice.hardly-hard': {
    ko: () => `hardly 뜻은 '거의 ~않다'예요. '열심히'는 'hard'라고 해요.`,
    en: () => `'Hardly' means 'almost not'; 'hard' is the adverb for effort.`,
  },
  'grammar.too-much-adjective': {
    ko: (_o, c) => `형용사 앞에서는 too much 대신 '${c}'만 써요 (too expensive).`,
    en: (_o, c) => `Before an adjective use '${c}' alone, not 'too much' (too expensive).`,
  },
  'word-choice.lose-miss': {
    ko: (o, c) => `버스나 비행기를 놓쳤을 때는 lose 대신 miss: '${o}' 대신 '${c}'.`,
    en: (o, c) => `For a bus, train or flight you did not catch, use 'miss': '${c}', not '${o}'.`,
  },
  'word-choice.told-that': {
    ko: (o, c) => `tell 뒤에는 듣는 사람이 와야 해요 (told me that). 사람 없이 that절이 오면 tell 대신 say: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Tell' needs the person told (told me that); without one, use 'say': '${c}', not '${o}'.`,
  },
  'word-choice.so-such': {
    ko: () => `'a + 형용사 + 명사' 앞에서는 so 대신 such (such a good movie).`,
    en: () => `Before 'a' + adjective + noun use 'such', not 'so' (such a good movie).`,
  },
  'comparative.superlative-the': {
    ko: () => `명사 앞의 최상급에는 정관사(the)를 붙여요 (the most expensive city).`,
    en: () => `A superlative before a noun takes 'the' (the most expensive city).`,
  },
  'verb-form.passive-participle': {
    ko: (o, c) => `'be' 뒤의 수동태에는 과거분사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A passive after 'be' takes the past participle: '${c}', not '${o}'.`,
  },
  'verb-form.perfect-participle': {
    ko: (o, c) => `현재완료(have/has) 뒤에는 과거분사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'have' or 'has' in the present perfect, use the past participle: '${c}', not '${o}'.`,
  },
  'word-order.very-much': {
    ko: () => `very much 위치는 목적어 뒤예요 (I like K-pop very much).`,
    en: () => `'Very much' comes after the object (I like K-pop very much).`,
  },
  'pronoun.and-myself': {
    ko: (o, c) => `myself 표현은 같은 문장의 주어가 I일 때만 써요: '${o}' 대신 '${c}'.`,
    en: (_o, c) => `'Myself' only refers back to an 'I' in the same sentence; here use '${c}'.`,
  },
  'pronoun.contraction-as-possessive': {
    ko: (o, c) => `'${o}' 표현은 she is, he is 줄임말이에요. 소유격(그녀의, 그의)은 '${c}'.`,
    en: (o, c) => `'${o}' means 'she is' or 'he is'; the possessive is '${c}'.`,
  },
  'word-choice.be-worry': {
    ko: () => `걱정하는 상태를 말할 때: be worried about (I'm worried about ...).`,
    en: () => `The feeling is 'be worried about' (I'm worried about ...).`,
  },
};

const BY_TYPE: Partial<Record<CorrectionType, Entry>> = {
  agreement: {
    ko: (o, c) => `주어와 동사의 수가 맞지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The verb does not agree with its subject: '${c}', not '${o}'.`,
  },
  spelling: {
    ko: (o, c) => `철자가 틀렸어요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'${o}' is misspelled; it is spelled '${c}'.`,
  },
  word_choice: {
    ko: (o, c) => `여기서는 '${o}' 대신 '${c}'라고 하는 것이 자연스러워요.`,
    en: (o, c) => `'${c}' is the right word here, not '${o}'.`,
  },
  repetition: {
    ko: () => `같은 단어가 두 번 반복되었어요. 한 번만 말해요.`,
    en: () => `The same word is repeated; say it once.`,
  },
};

const GENERIC: Entry = {
  ko: (o, c) => `문법에 맞게 '${o}' 대신 '${c}'라고 해요.`,
  en: (o, c) => `'${c}' is grammatical here, not '${o}'.`,
};

/** The learner-facing explanation for a rule (or, for harper lints, a correction type). */
export function explain(
  ruleId: string,
  type: CorrectionType,
  language: NativeLanguage,
  original: string,
  corrected: string,
): string {
  const entry = BY_RULE[ruleId] ?? BY_TYPE[type] ?? GENERIC;
  return entry[language](original, corrected);
}

/** Rule ids with a hand-written explanation, so tests can check every learner rule has one. */
export const EXPLAINED_RULE_IDS: readonly string[] = Object.keys(BY_RULE);
