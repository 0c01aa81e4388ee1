export { findPhraseUse, tokenize, type PhraseMatch } from './phrase-match';
export { judgeUse, sayScore, type UseJudgement } from './judge';
export { useFeedback } from './feedback';
