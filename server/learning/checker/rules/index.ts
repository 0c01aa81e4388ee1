// Every learner rule; where matches overlap the longest wins, then the earlier rule.
import { pluralSubjectRule, singularSubjectRule } from './agreement';
import { missingArticleRule } from './articles';
import { embeddedQuestionRule } from './word-order';
import { doubleComparativeRule, shortAdjectiveRule } from './comparatives';
import {
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  oneOfPluralRule,
  pluralUncountableRule,
  quantifierPluralRule,
} from './countability';
import { arriveToRule, goActivityRule, listenToRule, timePrepositionRule, toBeforePlaceAdverbRule, wrongPrepositionRule } from './prepositions';
import { explainToRule, sayToTellRule } from './pronouns';
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
} from './verb-patterns';
import { becauseOfClauseRule } from './because-of';
import { feelingParticipleRule } from './feelings';
import { veryBeforeVerbRule } from './very-verb';
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
  thereIsPluralRule,
  thereAreSingularRule,
  pluralUncountableRule,
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  quantifierPluralRule,
  oneOfPluralRule,
  gerundAfterVerbRule,
  infinitiveAfterVerbRule,
  bareInfinitiveRule,
  modalToRule,
  lookForwardToRule,
  beAgreeRule,
  beBeforeVerbRule,
  progressiveIngRule,
  baseAfterDoRule,
  baseAfterModalRule,
  redundantPrepositionRule,
  gerundAfterPrepositionRule,
  wrongPrepositionRule,
  listenToRule,
  arriveToRule,
  toBeforePlaceAdverbRule,
  goActivityRule,
  missingArticleRule,
  embeddedQuestionRule,
  timePrepositionRule,
  doubleComparativeRule,
  shortAdjectiveRule,
  explainToRule,
  sayToTellRule,
  veryBeforeVerbRule,
  becauseOfClauseRule,
  feelingParticipleRule,
];
