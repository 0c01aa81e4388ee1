// What a learner rule is, and the regex helper all rules share.
import type { CorrectionType, Severity } from '../../../../shared/corrections';

/** A span of the text and what should replace it. */
export interface RuleMatch {
  start: number;
  end: number;
  replacement: string;
}

export interface LearnerRule {
  id: string;
  type: CorrectionType;
  severity: Severity;
  find(text: string): RuleMatch[];
}

type IndexedMatch = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

/**
 * Runs a global regex with indices; `build` returns the replacement for the named group `fix`
 * (or for the whole match), or null to skip the match.
 */
export function findWithRegex(
  text: string,
  pattern: RegExp,
  build: (match: IndexedMatch) => string | null,
): RuleMatch[] {
  const regex = new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, '')}gd`);
  const found: RuleMatch[] = [];
  for (const match of text.matchAll(regex)) {
    const indexed = match as IndexedMatch;
    const span = indexed.indices.groups?.fix ?? indexed.indices[0];
    if (span === undefined) continue;
    const [start, end] = span;
    const replacement = build(indexed);
    if (replacement !== null) found.push({ start, end, replacement });
  }
  return found;
}

/** Alternation of whole words, for building patterns from word lists. */
export function wordsPattern(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * Where a new clause can start: the start of the text, after punctuation, or after a
 * conjunction or a reporting verb ("I think my brother ..."). Subject rules anchor here so a noun
 * inside an object or a prepositional phrase is never read as the subject. A bare "and" is left
 * out: it also joins two subjects ("My friend and her husband live ...").
 */
export const CLAUSE_START =
  String.raw`(?<=^|[.!?,;:]\s+|\b(?:but|so|because|that|when|if|although|though|since|while|think|believe|guess|hope|feel|said|says)\s+)`;
