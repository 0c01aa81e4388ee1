import { describe, expect, it } from 'vitest';
import { CorrectionType } from '../../../shared/corrections';
import { EXPLAINED_RULE_IDS, explain } from './explanations';
import { LEARNER_RULES } from './rules';

describe('explanations', () => {
  it('has a hand-written explanation for every learner rule', () => {
    expect([...EXPLAINED_RULE_IDS].sort()).toEqual(LEARNER_RULES.map((r) => r.id).sort());
  });

  it('writes one short sentence in each language, for every rule and every correction type', () => {
    const keys = [...EXPLAINED_RULE_IDS, ...CorrectionType.options.map((t) => `harper.${t}`)];
    for (const key of keys) {
      for (const type of CorrectionType.options) {
        const ko = explain(key, type, 'ko', 'goed', 'went');
        const en = explain(key, type, 'en', 'goed', 'went');
        expect(ko).toMatch(/[가-힣]/);
        expect(en).not.toMatch(/[가-힣]/);
        expect(en.length).toBeLessThan(140);
      }
    }
  });

  it('names the words involved', () => {
    expect(explain('tense.past-time', 'tense', 'ko', 'go', 'went')).toBe("과거를 나타내는 시간 표현이 있으니 과거형을 써요: 'go' 대신 'went'.");
    expect(explain('harper.Spelling', 'spelling', 'en', 'goverment', 'government')).toBe("'goverment' is misspelled; it is spelled 'government'.");
  });
});
