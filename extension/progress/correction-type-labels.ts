import type { CorrectionType } from '../../shared/corrections';
import type { Language } from '../i18n/i18n';

const labels: Record<CorrectionType, [en: string, ko: string]> = {
  grammar: ['Grammar', '문법'],
  agreement: ['Agreement', '수 일치'],
  spelling: ['Spelling', '철자'],
  word_choice: ['Word choice', '단어 선택'],
  repetition: ['Repetition', '반복'],
  preposition: ['Prepositions', '전치사'],
  tense: ['Tense', '시제'],
  verb_pattern: ['Verb patterns', '동사 형태'],
  countability: ['Countability', '가산/불가산'],
  comparative: ['Comparatives', '비교급'],
  pronoun: ['Pronouns', '대명사'],
  article: ['Articles', '관사'],
  vocabulary: ['Vocabulary', '어휘'],
  pronunciation: ['Pronunciation', '발음'],
};

export function correctionTypeLabel(type: CorrectionType, language: Language): string {
  return labels[type][language === 'ko' ? 1 : 0];
}
