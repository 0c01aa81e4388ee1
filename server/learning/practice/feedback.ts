// The one-line verdict on a "use it in a sentence" attempt, in the learner's native language.
import type { NativeLanguage } from '../../../shared/corrections';
import type { UseJudgement } from './judge';

type Lines = Record<UseJudgement['verdict'] | 'correctWithOthers', (phrase: string) => string>;

const LINES: Record<NativeLanguage, Lines> = {
  ko: {
    correct: (p) => `'${p}'을(를) 문장에서 바르게 썼어요.`,
    correctWithOthers: (p) => `'${p}'은(는) 바르게 썼어요. 문장의 다른 부분은 고친 내용을 확인해 보세요.`,
    phrase_error: (p) => `'${p}'을(를) 쓰려고 했지만 표현에 실수가 있어요. 고친 문장을 확인해 보세요.`,
    phrase_only: (p) => `'${p}'만 말했어요. 이 표현을 넣어 새 문장을 만들어 보세요.`,
    not_used: (p) => `문장에 '${p}'이(가) 들어가지 않았어요. 이 표현을 넣어 다시 말해 보세요.`,
  },
  en: {
    correct: (p) => `You used "${p}" correctly.`,
    correctWithOthers: (p) => `You used "${p}" correctly; check the other corrections in your sentence.`,
    phrase_error: (p) => `You tried "${p}", but it has a mistake; see the corrected sentence.`,
    phrase_only: (p) => `You said only "${p}"; now say a whole sentence of your own with it.`,
    not_used: (p) => `Your sentence does not use "${p}"; try again with it.`,
  },
};

export function useFeedback(judgement: UseJudgement, phrase: string, language: NativeLanguage): string {
  const lines = LINES[language];
  if (judgement.verdict === 'correct' && judgement.otherMistakes > 0) return lines.correctWithOthers(phrase);
  return lines[judgement.verdict](phrase);
}
