// The review drill's strings, in the drill's own chunk: the side panel loads them only when a
// drill opens (the panel's first load has a JavaScript budget).
import { catalogTranslator, type Language, type Translator } from './i18n';

const en = {
  drillTitle: 'Review',
  drillPhraseTitle: 'Review a phrase',
  drillClose: 'Close the review',
  drillLoading: 'Loading…',
  drillEmpty: 'Nothing to review right now.',
  drillUnavailable: 'This server does not keep a review notebook yet.',
  drillYouSaid: 'You said',
  drillPlayOwn: 'Play my recording',
  drillPlayModel: 'Listen to the correct sentence',
  drillPlayPhrase: 'Listen to the phrase',
  drillShowModel: 'Show it',
  drillPrompt: 'Now say or type the corrected sentence.',
  drillPhrasePrompt: 'Say or type the phrase.',
  drillAnswerLabel: 'Your answer',
  drillRecord: 'Say it',
  drillStop: 'Stop',
  drillCheck: 'Check',
  drillNotHeard: 'Nothing was heard. Type your answer instead.',
  drillScore: 'Score {score}',
  rating_again: 'Again: the mistake is still there.',
  rating_hard: 'Hard: nearly there.',
  rating_good: 'Good.',
  rating_easy: 'Easy: word for word.',
  drillNextDue: 'Next review {when}.',
  drillNext: 'Next item',
  drillWhy: 'Why',
} as const;

export type ReviewMessageKey = keyof typeof en;

const ko: Record<ReviewMessageKey, string> = {
  drillTitle: '복습',
  drillPhraseTitle: '표현 복습',
  drillClose: '복습 닫기',
  drillLoading: '불러오는 중…',
  drillEmpty: '지금은 복습할 항목이 없어요.',
  drillUnavailable: '이 서버는 아직 오답 노트를 저장하지 않아요.',
  drillYouSaid: '내가 한 말',
  drillPlayOwn: '내 녹음 듣기',
  drillPlayModel: '바른 문장 듣기',
  drillPlayPhrase: '표현 듣기',
  drillShowModel: '문장 보기',
  drillPrompt: '이제 고친 문장을 말하거나 입력해 보세요.',
  drillPhrasePrompt: '표현을 말하거나 입력해 보세요.',
  drillAnswerLabel: '내 답',
  drillRecord: '말해 보기',
  drillStop: '멈추기',
  drillCheck: '확인',
  drillNotHeard: '들리지 않았어요. 대신 입력해 주세요.',
  drillScore: '점수 {score}',
  rating_again: '다시: 아직 같은 실수가 있어요.',
  rating_hard: '어려움: 거의 다 왔어요.',
  rating_good: '좋아요.',
  rating_easy: '쉬움: 완벽해요.',
  drillNextDue: '다음 복습: {when}.',
  drillNext: '다음 항목',
  drillWhy: '이유',
};

export type ReviewTranslate = Translator<ReviewMessageKey>;

export function reviewTranslator(language: Language): ReviewTranslate {
  return catalogTranslator({ en, ko }, language);
}
