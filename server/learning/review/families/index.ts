// Every pattern family, in the order they are tried on a correction (the first that recognises
// it keys the item; the generic family takes the rest), and the families the local checker's
// own rules belong to.
import type { FamilyId, PatternFamily } from './family';
import { articleFamily } from './article';
import { beAgreeFamily, beBeforeVerbFamily, beProgressiveFamily } from './be-verb';
import { modalFamily } from './modal';
import { comparativeFamily } from './comparative';
import { doAgreementFamily } from './do-agreement';
import { doSupportFamily } from './do-support';
import { genericFamily } from './generic';
import { participlePastFamily } from './participle';
import { phraseFamily } from './phrase';
import { prepositionFamily } from './preposition';
import { oneOfPluralFamily, quantifierPluralFamily } from './quantifier';
import { sayTellFamily } from './say-tell';
import { spellingFamily } from './spelling';
import { subjectVerbFamily } from './subject-verb';
import { pastTimeFamily, perfectPastTimeFamily } from './tense';
import { thereBeFamily } from './there-be';
import { nonThirdPersonFamily, thirdPersonFamily } from './third-person';
import { muchPluralFamily, uncountableFamily } from './uncountable';
import { verbFormFamily } from './verb-form';
import { wordOrderFamily } from './word-order';
import { participleAdjectiveFamily } from './participle-adjective';
import { goActivityFamily } from './go-activity';
import { veryVerbFamily } from './very-verb';
import { becauseOfFamily } from './because-of';
import { possessiveFamily } from './possessive';
import { adverbFormFamily } from './adverb-form';
import { perfectParticipleFamily } from './perfect-participle';
import { everySingularFamily } from './every-singular';
import { althoughButFamily } from './although-but';
import { konglishFamily } from './konglish';
import { ruleWordsFamily } from './rule-words';

// Specific shapes before general ones: spelling before everything (a typo is not grammar), the
// verb forms before prepositions ("to" is both), there-be before subject-verb, the participle
// before past-time ("I seen" -> "saw" is not a tense choice), much-plural before there-be.
export const RECOGNITION_ORDER: readonly PatternFamily[] = [
  spellingFamily,
  verbFormFamily,
  beAgreeFamily,
  beProgressiveFamily,
  beBeforeVerbFamily,
  modalFamily,
  doSupportFamily,
  doAgreementFamily,
  muchPluralFamily,
  thereBeFamily,
  subjectVerbFamily,
  thirdPersonFamily,
  nonThirdPersonFamily,
  participlePastFamily,
  perfectParticipleFamily,
  participleAdjectiveFamily,
  perfectPastTimeFamily,
  pastTimeFamily,
  everySingularFamily,
  quantifierPluralFamily,
  uncountableFamily,
  comparativeFamily,
  articleFamily,
  wordOrderFamily,
  sayTellFamily,
  veryVerbFamily,
  becauseOfFamily,
  althoughButFamily,
  possessiveFamily,
  adverbFormFamily,
  // Before prepositions: "go to shopping" drops a "to" too, but after "go" it is its own item.
  goActivityFamily,
  prepositionFamily,
];

export const FAMILIES: Readonly<Record<FamilyId, PatternFamily>> = {
  'verb-form': verbFormFamily,
  'third-person': thirdPersonFamily,
  'non-third-person': nonThirdPersonFamily,
  'do-agreement': doAgreementFamily,
  'do-support': doSupportFamily,
  'subject-verb': subjectVerbFamily,
  'quantifier-plural': quantifierPluralFamily,
  'one-of-plural': oneOfPluralFamily,
  uncountable: uncountableFamily,
  'much-plural': muchPluralFamily,
  'past-time': pastTimeFamily,
  'perfect-past-time': perfectPastTimeFamily,
  'participle-past': participlePastFamily,
  'be-agree': beAgreeFamily,
  'be-progressive': beProgressiveFamily,
  'be-before-verb': beBeforeVerbFamily,
  modal: modalFamily,
  preposition: prepositionFamily,
  comparative: comparativeFamily,
  'there-be': thereBeFamily,
  article: articleFamily,
  'word-order': wordOrderFamily,
  'participle-adjective': participleAdjectiveFamily,
  spelling: spellingFamily,
  'say-tell': sayTellFamily,
  'go-activity': goActivityFamily,
  'very-verb': veryVerbFamily,
  'because-of': becauseOfFamily,
  'possessive-determiner': possessiveFamily,
  'adverb-form': adverbFormFamily,
  'perfect-participle': perfectParticipleFamily,
  'every-singular': everySingularFamily,
  'although-but': althoughButFamily,
  konglish: konglishFamily,
  'rule-words': ruleWordsFamily,
  generic: genericFamily,
  phrase: phraseFamily,
};

/**
 * The local checker's rules (server/learning/checker/rules; their ids are stable) and the
 * families their findings belong to, tried in order. A broad rule maps to several: the
 * singular-subject rule fixes both "he don't" and "she like".
 */
export const RULE_FAMILIES: Readonly<Record<string, readonly FamilyId[]>> = {
  'agreement.singular-subject': ['do-agreement', 'third-person', 'subject-verb'],
  'agreement.plural-subject': ['do-agreement', 'subject-verb', 'non-third-person'],
  'countability.plural-uncountable': ['uncountable'],
  // "peoples" -> "people" is no uncountable noun ("many people" is right): its rule keys it.
  'countability.peoples': [],
  // "was happened" -> "happened": its rule keys it, not the be + verb family ("I am go").
  'verb-form.intransitive-passive': [],
  // Prepositions chosen by what follows ("on the bus", "by Friday", "in 10 minutes", "next month"
  // with none), not by the word before: each rule is one construction.
  'preposition.transport': [],
  'preposition.until-by': [],
  'preposition.before-next': [],
  'preposition.while-during': [],
  'preposition.in-minutes': [],
  'countability.many-uncountable': ['uncountable'],
  'countability.much-plural': ['much-plural', 'there-be'],
  'countability.news-singular': ['subject-verb'],
  'verb-pattern.gerund-after-verb': ['verb-form'],
  'verb-pattern.look-forward-to': ['verb-form'],
  'verb-pattern.be-agree': ['be-agree'],
  'verb-pattern.be-before-verb': ['be-before-verb', 'be-progressive'],
  'verb-pattern.modal-to': ['modal'],
  'verb-form.base-after-modal': ['modal'],
  'verb-form.base-after-do': ['do-support'],
  'verb-pattern.bare-infinitive': ['verb-form'],
  'verb-pattern.infinitive-after-verb': ['verb-form'],
  'tense.progressive-ing': ['be-progressive'],
  'tense.participle-as-past': ['participle-past'],
  'preposition.time': ['preposition'],
  'comparative.short-adjective': ['comparative'],
  'countability.one-of-plural': ['one-of-plural'],
  'countability.plural-after-quantifier': ['quantifier-plural'],
  'agreement.there-are-singular': ['there-be'],
  'agreement.there-is-plural': ['there-be'],
  'verb-pattern.redundant-preposition': ['preposition'],
  'preposition.wrong': ['preposition'],
  'preposition.listen-to': ['preposition'],
  'preposition.arrive-to': ['preposition'],
  'preposition.to-before-place-adverb': ['preposition'],
  'comparative.double': ['comparative'],
  'pronoun.explain-to': ['preposition'],
  'pronoun.say-tell': ['say-tell'],
  'tense.past-time': ['past-time'],
  'tense.perfect-with-past-time': ['perfect-past-time'],
  'article.missing-a': ['article'],
  'verb-pattern.gerund-after-preposition': ['verb-form'],
  'word-order.embedded-question': ['word-order'],
  'preposition.go-activity': ['go-activity'],
  'word-order.very-verb': ['very-verb'],
  'grammar.because-of-clause': ['because-of'],
  'word-choice.feeling-participle': ['participle-adjective'],
  // Konglish words are keyed by the learner's word ("cunning"), not by what replaced it.
  'word-choice.konglish': ['konglish'],
  // The fourth round's rules each name one construction: their rule keys them, whatever the words
  // (the preposition and verb-form families would read "taller as me" -> "than" as a preposition
  // after "taller", "hope you to enjoy" as the verb form after "hope"), and their words alone are
  // no mistake again in a later sentence (rule-words.ts).
  ...Object.fromEntries(
    [
      'comparative.than', 'comparative.than-without-er', 'comparative.irregular', 'grammar.missing-relative-pronoun', 'grammar.relative-extra-pronoun',
      'grammar.which-for-person', 'grammar.unless-not', 'grammar.not-without-do', 'grammar.neither-either', 'grammar.linking-verb-adverb',
      'grammar.the-most-of', 'verb-pattern.will-can', 'verb-pattern.told-dont', 'verb-pattern.hope-object-to', 'verb-pattern.think-of',
      'verb-pattern.how-about-to', 'verb-pattern.spend-time-to', 'verb-form.consist-of', 'verb-form.missing-be', 'tense.if-would', 'tense.before-ago',
      'word-choice.wish-hope', 'word-choice.fastly', 'word-choice.take-photo', 'word-choice.take-medicine', 'word-choice.teach-tell',
      'word-choice.noun-as-adjective', 'word-choice.feeling-cause', 'word-order.enough', 'word-order.frequency-adverb', 'article.a-same',
      'article.no-article', 'article.as-job', 'preposition.on-surface', 'preposition.at-point', 'preposition.during-for',
      'preposition.during-while', 'pronoun.each-other', 'article.another', 'tense.when-perfect', 'agreement.long-subject',
      'word-choice.hang-out',
    ].map((id) => [id, ['rule-words'] as const]),
  ),
  // "laughed my joke", "apologized me": the verb decides the preposition, so each verb is an item.
  'preposition.missing-after-verb': ['preposition'],
};
