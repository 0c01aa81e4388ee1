// The checker's rules that name one construction each ("taller as me" -> "than", "hope you to
// enjoy", "other chance" -> "another"): keyed by the rule, as the fallback would key them, but
// read differently in a later sentence. Their words alone ("as", "other", "during", "wish") are
// everywhere in correct English ("I work as a nurse"), so the same words are no mistake again:
// only the checker's own finding of the rule in that turn is (it keys to this item).
// Correct use: the corrected words appear (as lemmas, in order, or as words when only the form
// changed).
import type { Edit } from '../keying/edit';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { findSequence, genericSpec } from './generic';

function recognise(edit: Edit): PatternSpec | null {
  if (!edit.ruleId || edit.ruleId.startsWith('harper.')) return null;
  const generic = genericSpec(edit.type, edit.original, edit.corrected, { original: edit.originalTokens, corrected: edit.correctedTokens });
  return { ...generic, family: 'rule-words', key: `rule:${edit.ruleId}` };
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const field = params.form === 'words' ? 'word' : 'lemma';
  return findSequence(tokens, params.words ?? [], field).map(([a, b]) => useOf('correct', tokens[a]!, tokens[b]!));
}

export const ruleWordsFamily: PatternFamily = { id: 'rule-words', recognise, uses };
