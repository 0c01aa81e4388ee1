// Every learner rule; where matches overlap the longest wins, then the earlier rule.
import { pluralSubjectRule, singularSubjectRule } from './agreement';
import { missingArticleRule } from './articles';
import { embeddedQuestionRule } from './word-order';
import { doQuestionAgreementRule, whQuestionOrderRule } from './questions';
import { doubleComparativeRule, shortAdjectiveRule } from './comparatives';
import {
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  oneOfPluralRule,
  peoplesRule,
  pluralUncountableRule,
  quantifierPluralRule,
} from './countability';
import {
  arriveToRule,
  goActivityRule,
  listenToRule,
  replyToRule,
  timePrepositionRule,
  toBeforePlaceAdverbRule,
  waitForRule,
  wrongPrepositionRule,
} from './prepositions';
import { explainToRule, objectAsPossessiveRule, sayToTellRule } from './pronouns';
import { pastTimeRule, perfectWithPastTimeRule } from './tense';
import { thereAreSingularRule, thereIsPluralRule } from './there-be';
import { baseAfterDoRule, baseAfterModalRule, beBeforeVerbRule, participleAsPastRule, progressiveIngRule } from './verb-forms';
import {
  bareInfinitiveRule,
  beAgreeRule,
  gerundAfterVerbRule,
  infinitiveAfterVerbRule,
  lookForwardToRule,
  modalToRule,
  redundantPrepositionRule,
  gerundAfterPrepositionRule,
  wantThatRule,
} from './verb-patterns';
import { becauseOfClauseRule } from './because-of';
import { althoughButRule } from './although-but';
import { missingItRule } from './missing-subject';
import { intransitivePassiveRule } from './passives';
import { feelingParticipleRule } from './feelings';
import { veryBeforeVerbRule } from './very-verb';
import { adjectiveAsAdverbRule } from './adverbs';
import { borrowLendRule, makeDoRule } from './collocations';
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
  oneOfPluralRule,
  peoplesRule,
  gerundAfterVerbRule,
  infinitiveAfterVerbRule,
  bareInfinitiveRule,
  modalToRule,
  lookForwardToRule,
  beAgreeRule,
  wantThatRule,
  beBeforeVerbRule,
  progressiveIngRule,
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
  missingArticleRule,
  embeddedQuestionRule,
  whQuestionOrderRule,
  timePrepositionRule,
  doubleComparativeRule,
  shortAdjectiveRule,
  explainToRule,
  sayToTellRule,
  objectAsPossessiveRule,
  veryBeforeVerbRule,
  adjectiveAsAdverbRule,
  makeDoRule,
  borrowLendRule,
  becauseOfClauseRule,
  althoughButRule,
  missingItRule,
  feelingParticipleRule,
];
