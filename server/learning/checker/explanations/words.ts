// The learner rules' explanations for word choice, prepositions, word order, comparatives and other grammar (see ../explanations.ts).
import type { RuleExplanations } from './entry';

export const WORDS_EXPLANATIONS: RuleExplanations = {
  'word-choice.konglish': {
    ko: (o, c) => `한국에서만 쓰는 콩글리시 표현이에요. 영어로는 '${o}' 대신 '${c}'.`,
    en: (o, c) => `'${o}' is Konglish, not used in English: say '${c}'.`,
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
  'comparative.short-adjective': {
    ko: (_o, c) => `짧은 형용사는 'more', 'most' 대신 -er, -est를 붙여요: '${c}'.`,
    en: (_o, c) => `A short adjective takes -er or -est instead of 'more' or 'most': '${c}'.`,
  },
  'comparative.double': {
    ko: (_o, c) => `'${c}'에 이미 비교급이나 최상급이 들어 있어서 'more'나 'most'를 붙이지 않아요.`,
    en: (_o, c) => `'${c}' is already a comparative or superlative, so drop 'more' or 'most'.`,
  },
  'word-order.wh-question': {
    ko: (o, c) => `의문사로 시작하는 질문에서는 주어 앞에 조동사(do, does, did)나 be동사가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `In a question after a question word, the helping verb comes before the subject: '${c}', not '${o}'.`,
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
  'preposition.reply-to': {
    ko: () => `'reply' 뒤에 답장하는 대상이 올 때는 'to'를 넣어요 (reply to a message).`,
    en: () => `'Reply' needs 'to' before what or whom you answer (reply to a message).`,
  },
  'preposition.wait-for': {
    ko: () => `'wait' 뒤에 기다리는 사람이나 대상이 올 때는 'for'를 넣어요 (wait for the bus).`,
    en: () => `'Wait' needs 'for' before the person or thing you wait for (wait for the bus).`,
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
  'word-order.very-much': {
    ko: () => `very much 위치는 목적어 뒤예요 (I like K-pop very much).`,
    en: () => `'Very much' comes after the object (I like K-pop very much).`,
  },
  'word-choice.be-worry': {
    ko: () => `걱정하는 상태를 말할 때: be worried about (I'm worried about ...).`,
    en: () => `The feeling is 'be worried about' (I'm worried about ...).`,
  },
  'preposition.missing-after-verb': {
    ko: (o, c) => `이 동사는 목적어 앞에 전치사가 필요해요 (laugh at, apologize to, complain about): '${o}' 대신 '${c}'.`,
    en: (o, c) => `This verb needs a preposition before its object: '${c}', not '${o}'.`,
  },
  'word-choice.wish-hope': {
    ko: (o, c) => `일어날 수 있는 일을 바랄 때는 'hope'를 써요 ('wish'는 이루어지기 어려운 일에): '${o}' 대신 '${c}'.`,
    en: (o, c) => `For something that may well happen, use 'hope' ('wish' is for the unreal): '${c}', not '${o}'.`,
  },
  'word-choice.fastly': {
    ko: (o, c) => `'fast'는 그 자체로 부사예요 ('fastly'라는 단어는 없어요): '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Fast' is already an adverb; there is no '${o}': say '${c}'.`,
  },
  'word-choice.take-photo': {
    ko: (o, c) => `사진은 'make'가 아니라 'take'로 찍어요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Photos are taken, not made: '${c}', not '${o}'.`,
  },
  'word-choice.take-medicine': {
    ko: (o, c) => `약은 'eat'이 아니라 'take'로 먹어요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Medicine is taken, not eaten: '${c}', not '${o}'.`,
  },
  'word-choice.teach-tell': {
    ko: (o, c) => `번호나 주소 같은 정보를 알려 줄 때는 'teach'가 아니라 'tell'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Information such as a number is told, not taught: '${c}', not '${o}'.`,
  },
  'word-choice.noun-as-adjective': {
    ko: (o, c) => `사람의 상태를 말할 때는 명사가 아니라 형용사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'I am' a quality is an adjective, not a noun: '${c}', not '${o}'.`,
  },
  'preposition.on-surface': {
    ko: (o, c) => `벽처럼 표면에 붙어 있는 것은 'on'으로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Things hanging on a surface such as a wall take 'on': '${c}', not '${o}'.`,
  },
  'preposition.at-point': {
    ko: (o, c) => `입구나 정문처럼 만나는 지점은 'at'으로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A meeting point such as an entrance or a gate takes 'at': '${c}', not '${o}'.`,
  },
  'word-choice.feeling-cause': {
    ko: (o, c) => `감정을 일으키는 것(영화, 수업 등)은 -ing 형태로 말해요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `What causes a feeling (a film, a class) takes the -ing form: '${c}', not '${o}'.`,
  },
  'preposition.during-for': {
    ko: (o, c) => `'during' 뒤에는 기간의 길이가 아니라 행사나 때가 와요. 길이는 'for'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A length of time takes 'for'; 'during' names a period: '${c}', not '${o}'.`,
  },
  'preposition.during-while': {
    ko: (o, c) => `주어와 동사가 있는 절 앞에는 'during'이 아니라 'while'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Before a clause (subject + verb) use 'while', not 'during': '${c}', not '${o}'.`,
  },
  'article.another': {
    ko: (o, c) => `셀 수 있는 명사 하나 앞의 '다른'은 'another'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Before one countable noun, 'other' needs a determiner: '${c}', not '${o}'.`,
  },
  'word-choice.hang-out': {
    ko: (o, c) => `어른끼리 함께 시간을 보내며 노는 것은 'play'가 아니라 'hang out'이라고 해요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Adults spending time together 'hang out'; 'play' is for children and games: '${c}', not '${o}'.`,
  },
};
