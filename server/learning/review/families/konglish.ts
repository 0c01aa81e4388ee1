// Konglish (the checker's word-choice.konglish): one item per Konglish word, whatever the
// sentence makes of its English replacement ("caught cunning" -> "cheating" is a verb, "Cunning
// is common" -> "Cheating" a noun; both are the item "cunning"). Keyed by the learner's word, a
// plural read as its singular ("running machines" is "running machine").
// Correct use: the English words appear (as lemmas, in order) and the Konglish one does not; a
// mistake: the Konglish word again, but only a word that is never English ("skinship", "running
// machine"): "The fox was cunning" and "my paper notebook" are English, so for those words only
// the checker's own finding in a later turn says the mistake came back.
import { KONGLISH_COMPOUNDS } from '../../checker/word-lists/konglish-words';
import type { Edit } from '../keying/edit';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { findSequence } from './generic';

const KONGLISH_RULE = 'word-choice.konglish';
// The compounds the checker corrects anywhere, and its few other words that are never English.
const NEVER_ENGLISH = new RegExp(String.raw`^(?:${[...KONGLISH_COMPOUNDS.map(([pattern]) => pattern.replace(/\(\?<plural>/g, '(?:')), String.raw`eye[\s-]+shopping`, String.raw`hand[\s-]?phones?`, 'sns'].join('|')})$`, 'i');

function recognise({ ruleId, original, corrected, originalTokens, correctedTokens }: Edit): PatternSpec | null {
  if (ruleId !== KONGLISH_RULE || originalTokens.length === 0) return null;
  const avoid = originalTokens.map((t) => (hasTag(t, 'Plural') ? t.lemma : t.word.toLowerCase()));
  const words = correctedTokens.map((t) => t.lemma);
  return {
    family: 'konglish',
    key: `konglish:${avoid.join(' ')}`,
    pattern: `${original} → ${corrected}`,
    corrected,
    // "always": the Konglish word is wrong wherever it stands, so its use is the mistake again.
    params: { words, avoid, ...(NEVER_ENGLISH.test(original.trim()) ? { form: 'always' } : {}) },
  };
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const lowered = tokens.map((t) => ({ ...t, word: t.word.toLowerCase(), lemma: t.lemma.toLowerCase() }));
  const avoid = params.avoid ?? [];
  // The Konglish word as written or as its singular.
  const mistakes = params.form === 'always' ? [...findSequence(lowered, avoid, 'word'), ...findSequence(lowered, avoid, 'lemma')] : [];
  if (mistakes.length > 0) return mistakes.map(([a, b]) => useOf('mistake', tokens[a]!, tokens[b]!));
  return findSequence(tokens, params.words ?? [], 'lemma').map(([a, b]) => useOf('correct', tokens[a]!, tokens[b]!));
}

export const konglishFamily: PatternFamily = { id: 'konglish', recognise, uses };
