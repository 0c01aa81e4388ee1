// Sentences worth talking about: long enough to say something, short enough to read aloud,
// and about the article's key terms. Kept in article order so the tutor moves through the page.
import { looksLikeProse } from './blocks';

export const MIN_DISCUSSABLE_WORDS = 8;
export const MAX_DISCUSSABLE_WORDS = 32;
const MAX_DISCUSSABLE = 12;

function wordCount(sentence: string): number {
  return sentence.split(' ').length;
}

function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const escaped = terms.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})`);
}

/** Up to 12 medium-length sentences that mention a key term, in article order. */
export function pickDiscussableSentences(sentences: readonly string[], keyTerms: readonly string[]): string[] {
  const medium = sentences.filter((s) => {
    const words = wordCount(s);
    return words >= MIN_DISCUSSABLE_WORDS && words <= MAX_DISCUSSABLE_WORDS && looksLikeProse(s);
  });
  const pattern = termPattern(keyTerms);
  const onTopic = pattern ? medium.filter((s) => pattern.test(s.toLowerCase())) : [];
  return (onTopic.length > 0 ? onTopic : medium).slice(0, MAX_DISCUSSABLE);
}
