// What a learner rule is, and the helpers all rules share.
import type { CorrectionType, Severity } from '../../../../shared/corrections';
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';

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
  /** The rule's matches in a text that compromise has tagged once for all rules. */
  find(tagged: TaggedText): RuleMatch[];
}

export type IndexedMatch = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

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

/** The tagged word a named group of a match starts at. */
export function wordOfGroup(tagged: TaggedText, match: IndexedMatch, group: string): TaggedWord | undefined {
  const span = match.indices.groups?.[group];
  return span === undefined ? undefined : tagged.wordAt(span[0]);
}

/** Runs `build` on every word of the text; each non-null result is a match. */
export function findAtWords(tagged: TaggedText, build: (word: TaggedWord) => RuleMatch | null): RuleMatch[] {
  return tagged.words.map(build).filter((match): match is RuleMatch => match !== null);
}

/** Alternation of whole words, for building patterns from word lists. */
export function wordsPattern(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** Where a new clause can start (see subjects.ts), as a regex lookbehind. */
export const CLAUSE_START =
  String.raw`(?<=^|[.!?,;:]\s+|\b(?:but|so|because|that|when|if|although|though|since|while|think|believe|guess|hope|feel|said|says)\s+)`;
