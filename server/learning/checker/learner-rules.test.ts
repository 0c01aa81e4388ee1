// Each learner rule: sentences it must correct (and into what), and correct sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../../../shared/corrections';
import { findLearnerErrors } from './learner-rules';
import { LEARNER_RULES } from './rules';
import { agreementCases } from './rules/cases/agreement';
import { countabilityCases } from './rules/cases/countability';
import { verbFormCases } from './rules/cases/verb-form';
import { verbPatternCases } from './rules/cases/verb-pattern';
import { tenseCases } from './rules/cases/tense';
import { comparativeCases } from './rules/cases/comparative';
import { prepositionCases } from './rules/cases/preposition';
import { pronounCases } from './rules/cases/pronoun';
import { articleCases } from './rules/cases/article';
import { wordOrderCases } from './rules/cases/word-order';
import { grammarCases } from './rules/cases/grammar';
import { wordChoiceCases } from './rules/cases/word-choice';
import { clauseCases } from './rules/cases/clause';
import { phraseCases } from './rules/cases/phrase';
import type { RuleCases } from './rules/cases/rule-cases';

function correctWith(ruleId: string, text: string): string {
  const rule = LEARNER_RULES.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const corrections: Correction[] = findLearnerErrors(text, [rule]).map((f) => ({
    ...f,
    explanation: '',
    source: 'local',
  }));
  return applyCorrections(text, corrections);
}

const CASES: Record<string, RuleCases> = { ...agreementCases, ...countabilityCases, ...verbFormCases, ...verbPatternCases, ...tenseCases, ...comparativeCases, ...prepositionCases, ...pronounCases, ...articleCases, ...wordOrderCases, ...grammarCases, ...wordChoiceCases, ...clauseCases, ...phraseCases };

describe('learner rules', () => {
  it('every rule has test cases', () => {
    expect(Object.keys(CASES).sort()).toEqual(LEARNER_RULES.map((r) => r.id).sort());
  });

  for (const [ruleId, { flags, leavesAlone }] of Object.entries(CASES)) {
    describe(ruleId, () => {
      it.each(flags)('corrects "%s"', (text, corrected) => {
        expect(correctWith(ruleId, text)).toBe(corrected);
      });
      it.each(leavesAlone)('leaves "%s" alone', (text) => {
        expect(correctWith(ruleId, text)).toBe(text);
      });
    });
  }

  it('keeps one correction where two rules overlap', () => {
    const findings = findLearnerErrors('It has many informations.');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.ruleId).toBe('countability.many-uncountable');
  });
});

describe('words that name properties of a plain object', () => {
  // compromise keeps its lexicon in plain objects; a lookup of "constructor" once read the prototype and threw.
  it('checks a sentence with "constructor", "toString" and "hasOwnProperty" without failing or flagging it', () => {
    expect(findLearnerErrors('The constructor calls toString and hasOwnProperty on the object.', LEARNER_RULES)).toEqual([]);
  });
});
