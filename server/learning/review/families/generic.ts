// Everything no other family recognises (most of the LLM's findings): keyed by the correction's
// type and its lemmatised original -> corrected words, so "goed" -> "went" twice is one item.
// Correct use: the corrected words appear (as lemmas, in order) and the original ones do not; a
// mistake: the original words appear again. When the correction only changes a word's form (the
// lemmas are equal), the exact words are compared instead.
import type { Edit } from '../keying/edit';
import { parseSentences, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';

const tokensOf = (text: string) => parseSentences(text).flat();

/**
 * The generic key: type + lemmatised original -> corrected. The tokens, when given, are the
 * correction's words read in their sentence (a lone "recieved" is tagged worse than in context).
 */
export function genericSpec(type: string, original: string, corrected: string, tokens?: { original: readonly Token[]; corrected: readonly Token[] }): PatternSpec {
  const originalTokens = tokens?.original.length ? tokens.original : tokensOf(original);
  const correctedTokens = tokens?.corrected.length ? tokens.corrected : tokensOf(corrected);
  const from = originalTokens.map((t) => t.lemma);
  const to = correctedTokens.map((t) => t.lemma);
  const sameLemmas = from.join(' ') === to.join(' ');
  const words = sameLemmas ? correctedTokens.map((t) => t.word) : to;
  const avoid = sameLemmas ? originalTokens.map((t) => t.word) : from;
  return {
    family: 'generic',
    key: `${type}:${avoid.join(' ')}→${words.join(' ')}`,
    pattern: `${original} → ${corrected}`,
    corrected,
    params: { words, avoid, form: sameLemmas ? 'words' : 'lemmas' },
  };
}

function recognise(edit: Edit): PatternSpec {
  return genericSpec(edit.type, edit.original, edit.corrected, { original: edit.originalTokens, corrected: edit.correctedTokens });
}

/** Where `sequence` occurs in the tokens (compared by `field`), as [first, last] indices. */
export function findSequence(tokens: readonly Token[], sequence: readonly string[], field: 'lemma' | 'word'): [number, number][] {
  if (sequence.length === 0) return [];
  const found: [number, number][] = [];
  for (let i = 0; i + sequence.length <= tokens.length; i++) {
    if (sequence.every((part, k) => tokens[i + k]![field] === part)) found.push([i, i + sequence.length - 1]);
  }
  return found;
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const field = params.form === 'words' ? 'word' : 'lemma';
  const right = findSequence(tokens, params.words ?? [], field);
  // "go" -> "go to": the original inside the corrected words is not the mistake again.
  const inside = ([a, b]: [number, number]) => right.some(([c, d]) => c <= a && b <= d);
  const mistakes = findSequence(tokens, params.avoid ?? [], field).filter((span) => !inside(span));
  if (mistakes.length > 0) return mistakes.map(([a, b]) => useOf('mistake', tokens[a]!, tokens[b]!));
  return right.map(([a, b]) => useOf('correct', tokens[a]!, tokens[b]!));
}

export const genericFamily: PatternFamily = { id: 'generic', recognise, uses };
