// The learner rules' explanations for verbs: agreement, verb patterns and forms, tense (see ../explanations.ts).
import type { RuleExplanations } from './entry';

export const VERBS_EXPLANATIONS: RuleExplanations = {
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
  'agreement.plural-subject': {
    ko: (o, c) => `주어가 복수라서 동사도 복수형을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `The subject is plural, so the verb is plural too: '${c}', not '${o}'.`,
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
  'agreement.do-question': {
    ko: (o, c) => `주어가 3인칭 단수(he, she, it, 또는 your brother 같은 단수 명사)일 때는 질문에서도 does, doesn't 형태를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `With he, she, it or a singular noun as the subject, a question takes 'does', not 'do': '${c}', not '${o}'.`,
  },
  'verb-form.intransitive-passive': {
    ko: (o, c) => `'happen', 'occur' 같은 동사는 목적어를 갖지 않아서 수동태(be + -ed)로 쓰지 않아요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Verbs like 'happen' and 'occur' take no object, so they have no passive: '${c}', not '${o}'.`,
  },
  'verb-pattern.want-that': {
    ko: (o, c) => `'want' 뒤에는 that절 대신 '목적어 + to + 동사원형'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Want' takes an object and 'to', not a 'that' clause: '${c}', not '${o}'.`,
  },
  'verb-form.passive-participle': {
    ko: (o, c) => `'be' 뒤의 수동태에는 과거분사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A passive after 'be' takes the past participle: '${c}', not '${o}'.`,
  },
  'verb-form.perfect-participle': {
    ko: (o, c) => `현재완료(have/has) 뒤에는 과거분사를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `After 'have' or 'has' in the present perfect, use the past participle: '${c}', not '${o}'.`,
  },
  'verb-pattern.will-can': {
    ko: (o, c) => `조동사 두 개(will + can)는 함께 쓰지 않아요. 미래의 가능은 'will be able to'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `Two modals never go together; the future of 'can' is 'will be able to': '${c}', not '${o}'.`,
  },
  'verb-pattern.told-dont': {
    ko: (o, c) => `'tell + 사람' 뒤에서 하지 말라는 말을 전할 때는 'not to + 동사원형'을 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A reported 'don't' after 'tell' + a person is 'not to' + verb: '${c}', not '${o}'.`,
  },
  'verb-pattern.hope-object-to': {
    ko: (o, c) => `'hope' 뒤에는 '사람 + to 동사'가 아니라 '주어 + 동사' 절이 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Hope' takes a clause (subject + verb), not a person + 'to': '${c}', not '${o}'.`,
  },
  'verb-pattern.think-of': {
    ko: (o, c) => `'~할까 생각 중이다'는 'thinking of + -ing'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Thinking about doing something' is 'thinking of' + -ing: '${c}', not '${o}'.`,
  },
  'verb-pattern.how-about-to': {
    ko: (o, c) => `'How about' 뒤에는 동사의 -ing 형태가 와요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'How about' is followed by an -ing form: '${c}', not '${o}'.`,
  },
  'verb-pattern.spend-time-to': {
    ko: (o, c) => `'spend + 시간/돈' 뒤에는 'to 동사'가 아니라 -ing 형태를 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Spend' + time or money is followed by -ing, not 'to': '${c}', not '${o}'.`,
  },
  'verb-form.consist-of': {
    ko: (o, c) => `'consist of'는 수동태로 쓰지 않아요 (be 없이 'consist of'): '${o}' 대신 '${c}'.`,
    en: (o, c) => `'Consist of' has no passive: '${c}', not '${o}'.`,
  },
  'verb-form.missing-be': {
    ko: (o, c) => `형용사나 -ing, born 앞에는 be동사가 필요해요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `An adjective, an -ing form or 'born' needs 'be' before it: '${c}', not '${o}'.`,
  },
  'tense.if-would': {
    ko: (o, c) => `가정하는 if절에는 would를 쓰지 않고 과거형을 써요 (would는 결과 쪽에): '${o}' 대신 '${c}'.`,
    en: (o, c) => `An imagined 'if' clause takes the past, not 'would' (that goes in the result): '${c}', not '${o}'.`,
  },
  'tense.before-ago': {
    ko: (o, c) => `지금부터 거슬러 올라간 시간은 'before'가 아니라 '기간 + ago'로 써요: '${o}' 대신 '${c}'.`,
    en: (o, c) => `A time back from now is a length + 'ago', not 'before': '${c}', not '${o}'.`,
  },
};
