// Everything the tutor needs to know about a page, from its title and Readability text.
import { cleanArticleText, cleanTitle } from './clean';
import { pickDiscussableSentences } from './discussable';
import { pickKeyTerms } from './keyTerms';
import { splitSentences } from '../../text/sentences';

export interface ArticleAnalysis {
  /** The page title without its site name; empty when the page has none. */
  title: string;
  sentences: string[];
  keyTerms: string[];
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
function withoutLeadingTitle(text: string, title: string): string {
  if (!title || !text.toLowerCase().startsWith(title.toLowerCase())) return text;
  return text.slice(title.length).trimStart();
}

/** Deterministic, linear in the text's length. */
export function analyzeArticle(rawTitle: string, rawText: string): ArticleAnalysis {
  const title = cleanTitle(rawTitle);
  const sentences = splitSentences(withoutLeadingTitle(cleanArticleText(rawText), title));
  const keyTerms = pickKeyTerms(title, sentences);
  return {
    title,
    sentences,
    keyTerms,
    topic: sentences.length === 0 && !title ? FREE_CONVERSATION_TOPIC : pickTopic(title, keyTerms),
    discussable: pickDiscussableSentences(sentences, keyTerms),
  };
}
