export { analyzeArticle, FREE_CONVERSATION_TOPIC, type ArticleAnalysis } from './analyze';
export { looksLikeProse } from './blocks';
export { cleanArticleLines, cleanArticleText, cleanTitle } from './clean';
export { keyPhraseOf } from './keyPhrases';
export { pickDiscussableSentences } from './discussable';
export { pickKeyTerms, MAX_KEY_TERMS, MIN_KEY_TERMS } from './keyTerms';
export { splitSentences } from '../../text/sentences';
