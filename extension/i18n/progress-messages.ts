// Strings of the popup and the progress page, kept apart from the main catalog so the side
// panel's first load does not carry them (its JavaScript budget).
import { catalogTranslator, type Language, type Translator } from './i18n';

const en = {
  progressTitle: 'Your progress',
  todayMinutes: 'Minutes today',
  streak: 'Day streak',
  sessionsThisWeek: 'Sessions this week',
  correctionsThisWeek: 'Corrections this week',
  weaknesses: 'Biggest weaknesses',
  recentPhrases: 'Recent phrases',
  openTutor: 'Open the tutor on this tab',
  nothingYet: 'Nothing yet.',
  toReview: 'To review',
  levelTitle: 'Estimated level',
  levelNotYet: 'Not enough to tell yet',
  levelBasedOn: 'based on {words} words',
  confidence_low: 'a first guess',
  confidence_medium: 'fairly sure',
  confidence_high: 'sure',
  trend_rising: 'rising over {weeks} weeks',
  trend_steady: 'steady over {weeks} weeks',
  trend_falling: 'falling over {weeks} weeks',
  errorsByWeek: 'Errors per 100 words, by week',
  errorsByType: 'Errors per 100 words, by type',
  itemsLearnedDue: 'Notebook: learned and due',
  learned: 'Learned',
  due: 'Due',
  total: 'All items',
  minutesPerDay: 'Minutes per day',
  week: 'Week',
  day: 'Day',
  errorsPer100: 'Errors per 100 words',
  minutes: 'Minutes',
  items: 'Items',
  openProgress: 'All progress',
  progressPageTitle: 'Your progress in detail',
  exportCsv: 'Export the notebook (CSV for Anki)',
  exportFailed: 'The export did not work: {message}',
  noData: 'No data yet.',
} as const;

export type ProgressMessageKey = keyof typeof en;

const ko: Record<ProgressMessageKey, string> = {
  progressTitle: '나의 학습 현황',
  todayMinutes: '오늘 학습(분)',
  streak: '연속 학습일',
  sessionsThisWeek: '이번 주 세션',
  correctionsThisWeek: '이번 주 교정',
  weaknesses: '가장 큰 약점',
  recentPhrases: '최근 연습한 표현',
  openTutor: '이 탭에서 튜터 열기',
  nothingYet: '아직 없어요.',
  toReview: '복습할 항목',
  levelTitle: '추정 수준',
  levelNotYet: '아직 판단하기엔 부족해요',
  levelBasedOn: '{words}단어 기준',
  confidence_low: '첫 추정',
  confidence_medium: '꽤 확실',
  confidence_high: '확실',
  trend_rising: '{weeks}주 동안 상승',
  trend_steady: '{weeks}주 동안 유지',
  trend_falling: '{weeks}주 동안 하락',
  errorsByWeek: '100단어당 오류 (주별)',
  errorsByType: '100단어당 오류 (유형별)',
  itemsLearnedDue: '오답 노트: 익힌 항목과 복습할 항목',
  learned: '익힘',
  due: '복습할 항목',
  total: '전체 항목',
  minutesPerDay: '하루 학습 시간(분)',
  week: '주',
  day: '날짜',
  errorsPer100: '100단어당 오류',
  minutes: '분',
  items: '항목',
  openProgress: '전체 학습 현황',
  progressPageTitle: '자세한 학습 현황',
  exportCsv: '오답 노트 내보내기 (Anki용 CSV)',
  exportFailed: '내보내지 못했어요: {message}',
  noData: '아직 데이터가 없어요.',
};

export type ProgressTranslate = Translator<ProgressMessageKey>;

export function progressTranslator(language: Language): ProgressTranslate {
  return catalogTranslator({ en, ko }, language);
}
