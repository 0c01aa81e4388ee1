// One short sentence per rule, in the learner's native language. Korean avoids particles
// straight after an English word (은/는, 이/가), whose form depends on how the word is read.
// The rules' own sentences are in explanations/, by kind of rule; harper's lints are explained by
// their correction type.
import type { CorrectionType, NativeLanguage } from '../../../shared/corrections';
import { CLAUSES_EXPLANATIONS } from './explanations/clauses';
import type { Entry } from './explanations/entry';
import { NOUNS_EXPLANATIONS } from './explanations/nouns';
import { VERBS_EXPLANATIONS } from './explanations/verbs';
import { WORDS_EXPLANATIONS } from './explanations/words';

const BY_RULE: Record<string, Entry> = { ...VERBS_EXPLANATIONS, ...NOUNS_EXPLANATIONS, ...WORDS_EXPLANATIONS, ...CLAUSES_EXPLANATIONS };

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
