// Everything the tutor needs to know about a page, from its title and Readability text.
import { blocksOf } from './blocks';
import { cleanArticleLines, cleanTitle } from './clean';
import { pickDiscussableSentences } from './discussable';
import { keyPhraseOf } from './keyPhrases';
import { pickKeyTerms } from './keyTerms';
import { splitSentences } from '../../text/sentences';

export interface ArticleAnalysis {
  /** The page title without its site name; empty when the page has none. */
  title: string;
  sentences: string[];
  keyTerms: string[];
  /** Each key term as the tutor says it in a sentence: "the president", "robots", "rice". */
  keyPhrases: string[];
  /** A short phrase naming what the session is about (stored as Session.topic). */
  topic: string;
  /** Medium-length sentences about the key terms, in article order. */
  discussable: string[];
}

export const FREE_CONVERSATION_TOPIC = 'Free conversation';
const MAX_TOPIC_WORDS = 10;

function pickTopic(title: string, keyTerms: readonly string[]): string {
  if (title && title.split(' ').length <= MAX_TOPIC_WORDS) return title;
  const [first, second] = keyTerms;
  if (first && second) return `${first} and ${second}`;
  if (first) return first;
  return title ? `${title.split(' ').slice(0, MAX_TOPIC_WORDS).join(' ')}…` : FREE_CONVERSATION_TOPIC;
}

// Readability's text usually starts with the headline, which has no full stop and would
// otherwise run into the first sentence.
function withoutLeadingTitle(blocks: string[], title: string): string[] {
  const [first, ...rest] = blocks;
  if (!title || first === undefined || !first.toLowerCase().startsWith(title.toLowerCase())) return blocks;
  const after = first.slice(title.length).trimStart();
  return after ? [after, ...rest] : rest;
}

/** Deterministic, linear in the text's length. */
export function analyzeArticle(rawTitle: string, rawText: string): ArticleAnalysis {
  const title = cleanTitle(rawTitle);
  const sentences = withoutLeadingTitle(blocksOf(cleanArticleLines(rawText)), title).flatMap(splitSentences);
  const keyTerms = pickKeyTerms(title, sentences);
  const text = sentences.join(' ');
  return {
    title,
    sentences,
    keyTerms,
    keyPhrases: keyTerms.map((term) => keyPhraseOf(term, text)),
    topic: sentences.length === 0 && !title ? FREE_CONVERSATION_TOPIC : pickTopic(title, keyTerms),
    discussable: pickDiscussableSentences(sentences, keyTerms),
  };
}
