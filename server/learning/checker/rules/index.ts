// Every learner rule; where matches overlap the longest wins, then the earlier rule.
import { numberOfRule, pluralSubjectRule, singularSubjectRule } from './agreement';
import { missingArticleRule, uncountableArticleRule } from './articles';
import { embeddedQuestionRule, speakWellOrderRule, veryMuchOrderRule } from './word-order';
import { doQuestionAgreementRule, whQuestionOrderRule } from './questions';
import { doubleComparativeRule, shortAdjectiveRule, superlativeTheRule } from './comparatives';
import {
  everySingularRule,
  fewLittleRule,
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  oneOfPluralRule,
  oneSingularRule,
  peoplesRule,
  pluralUncountableRule,
  quantifierPluralRule,
} from './countability';
import {
  arriveToRule,
  forSinceRule,
  goActivityRule,
  inMinutesRule,
  joinToRule,
  listenToRule,
  prepositionBeforeNextRule,
  replyToRule,
  timePrepositionRule,
  toBeforePlaceAdverbRule,
  transportPrepositionRule,
  untilByRule,
  waitForRule,
  whileDuringRule,
  worksAsRule,
  wrongPrepositionRule,
} from './prepositions';
import { contractionAsPossessiveRule, eachOtherRule, explainToRule, objectAsPossessiveRule, reflexiveAndRule, sayToTellRule } from './pronouns';
import { beforeAgoRule, pastTimeRule, perfectWithPastTimeRule, whenPerfectRule } from './tense';
import { thereAreSingularRule, thereIsPluralRule } from './there-be';
import { baseAfterDoRule, baseAfterModalRule, beBeforeVerbRule, participleAsPastRule, perfectParticipleRule, progressiveIngRule } from './verb-forms';
import {
  bareInfinitiveRule,
  beAgreeRule,
  gerundAfterVerbRule,
  infinitiveAfterVerbRule,
  lookForwardToRule,
  modalToRule,
  redundantPrepositionRule,
  wantThatRule,
} from './verb-patterns';
import { gerundAfterPrepositionRule } from './gerund-after-preposition';
import { canAbleRule, forgetRememberRule, helpIngRule, suggestToRule, usedToBaseRule } from './verb-idioms';
import { becauseOfClauseRule } from './because-of';
import { althoughButRule } from './although-but';
import { missingItRule } from './missing-subject';
import { intransitivePassiveRule, modalPassiveParticipleRule } from './passives';
import { beWorryRule, feelingParticipleRule } from './feelings';
import { veryBeforeVerbRule } from './very-verb';
import { adjectiveAsAdverbRule, hardlyHardRule, tooMuchAdjectiveRule } from './adverbs';
import { borrowLendRule, loseMissRule, makeDoRule, soSuchRule, toldThatRule } from './collocations';
import { almostAllRule, mostOfRule } from './quantifiers';
import { konglishRule } from './konglish';
import { sincePresentRule, willInConditionRule } from './conditions';
import { doubleNegativeRule } from './negation';
import { aSameRule, asJobArticleRule, noArticleRule, otherAnotherRule } from './articles';
import { irregularComparativeRule, thanRule, thanWithoutComparativeRule } from './comparative-forms';
import { ifWouldRule, unlessNotRule, wishHopeRule } from './condition-clauses';
import { hopeObjectToRule, howAboutRule, spendTimeToRule, thinkingOfRule, toldDontRule } from './infinitive-idioms';
import { fastlyRule, linkingVerbAdverbRule } from './linking-verbs';
import { missingBeRule } from './missing-be';
import { missingRelativePronounRule, relativeExtraPronounRule, whichForPersonRule } from './relative-clauses';
import { missingPrepositionRule } from './verb-prepositions';
import { atPointRule, onSurfaceRule } from './place-prepositions';
import { duringForRule, duringWhileRule } from './duration-prepositions';
import { longSubjectRule } from './long-subjects';
import { consistOfRule } from './passives';
import { theQuantityOfRule } from './quantifiers';
import { hangOutRule, takeMedicineRule, takePhotoRule, teachTellRule } from './collocations';
import { enoughOrderRule, frequencyAdverbOrderRule } from './word-order';
import { feelingCauseRule, nounAsAdjectiveRule } from './feelings';
import { neitherEitherRule, notWithoutDoRule } from './negation';
import { willCanRule } from './verb-idioms';
import type { LearnerRule } from './rule';

export type { LearnerRule, RuleMatch } from './rule';

// On equal spans the earlier rule wins: a verb next to a past time word needs the past tense
// more than it needs agreement ("Last year my family move" -> "moved", not "moves").
export const LEARNER_RULES: readonly LearnerRule[] = [
  pastTimeRule,
  perfectWithPastTimeRule,
  participleAsPastRule,
  singularSubjectRule,
  pluralSubjectRule,
  doQuestionAgreementRule,
  thereIsPluralRule,
  thereAreSingularRule,
  pluralUncountableRule,
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  quantifierPluralRule,
  // "one of the beautifulest places": the form before the plural of one-of (same span).
  irregularComparativeRule,
  oneOfPluralRule,
  peoplesRule,
  fewLittleRule,
  oneSingularRule,
  uncountableArticleRule,
  almostAllRule,
  mostOfRule,
  gerundAfterVerbRule,
  infinitiveAfterVerbRule,
  bareInfinitiveRule,
  modalToRule,
  lookForwardToRule,
  beAgreeRule,
  wantThatRule,
  // "I'm worry about" wants "worried", not the "worrying" of the progressive rule (same span).
  beWorryRule,
  beBeforeVerbRule,
  progressiveIngRule,
  perfectParticipleRule,
  modalPassiveParticipleRule,
  baseAfterDoRule,
  baseAfterModalRule,
  intransitivePassiveRule,
  redundantPrepositionRule,
  gerundAfterPrepositionRule,
  wrongPrepositionRule,
  listenToRule,
  replyToRule,
  waitForRule,
  arriveToRule,
  toBeforePlaceAdverbRule,
  goActivityRule,
  forSinceRule,
  joinToRule,
  missingArticleRule,
  embeddedQuestionRule,
  whQuestionOrderRule,
  timePrepositionRule,
  doubleComparativeRule,
  shortAdjectiveRule,
  superlativeTheRule,
  explainToRule,
  sayToTellRule,
  objectAsPossessiveRule,
  reflexiveAndRule,
  contractionAsPossessiveRule,
  veryBeforeVerbRule,
  veryMuchOrderRule,
  adjectiveAsAdverbRule,
  hardlyHardRule,
  tooMuchAdjectiveRule,
  makeDoRule,
  borrowLendRule,
  loseMissRule,
  toldThatRule,
  soSuchRule,
  becauseOfClauseRule,
  althoughButRule,
  missingItRule,
  feelingParticipleRule,
  willInConditionRule,
  sincePresentRule,
  numberOfRule,
  everySingularRule,
  usedToBaseRule,
  forgetRememberRule,
  suggestToRule,
  canAbleRule,
  helpIngRule,
  untilByRule,
  transportPrepositionRule,
  prepositionBeforeNextRule,
  whileDuringRule,
  worksAsRule,
  inMinutesRule,
  speakWellOrderRule,
  doubleNegativeRule,
  konglishRule,
  // Fourth round (tests/fixtures/learner-sentences-4.json).
  willCanRule,
  consistOfRule,
  missingBeRule,
  notWithoutDoRule,
  neitherEitherRule,
  toldDontRule,
  hopeObjectToRule,
  thinkingOfRule,
  howAboutRule,
  spendTimeToRule,
  missingPrepositionRule,
  missingRelativePronounRule,
  relativeExtraPronounRule,
  whichForPersonRule,
  thanRule,
  thanWithoutComparativeRule,
  unlessNotRule,
  ifWouldRule,
  wishHopeRule,
  linkingVerbAdverbRule,
  fastlyRule,
  aSameRule,
  noArticleRule,
  asJobArticleRule,
  theQuantityOfRule,
  takePhotoRule,
  takeMedicineRule,
  teachTellRule,
  enoughOrderRule,
  frequencyAdverbOrderRule,
  nounAsAdjectiveRule,
  beforeAgoRule,
  feelingCauseRule,
  onSurfaceRule,
  atPointRule,
  duringForRule,
  duringWhileRule,
  eachOtherRule,
  otherAnotherRule,
  whenPerfectRule,
  longSubjectRule,
  hangOutRule,
];
