// Spelling is word by word: "recieve" and "recieved" are one item, "goverment" another. Keyed by
// the lemma of the right spelling.
// Correct use: the word spelt right (any form: "received", "receives"); a mistake: the learner's
// misspelling of it again.
import type { Edit } from '../keying/edit';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';

const SPELLING_RULES = /^harper\.(Spelling|Typo|BoundaryError)$/;

function recognise({ type, ruleId, removed, added, original, corrected }: Edit): PatternSpec | null {
  if (type !== 'spelling' && !(ruleId && SPELLING_RULES.test(ruleId))) return null;
  const right = added.length > 0 ? added.map((t) => t.lemma) : [corrected.toLowerCase()];
  const wrong = removed.length > 0 ? removed.flatMap((t) => [t.word, t.lemma]) : [original.toLowerCase()];
  return {
    family: 'spelling',
    key: `spelling:${right.join(' ')}`,
    pattern: `${original} → ${corrected}`,
    corrected,
    params: { words: right, avoid: [...new Set(wrong)] },
  };
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const right = new Set(params.words ?? []);
  const wrong = new Set(params.avoid ?? []);
  return tokens.flatMap((token): Use[] => {
    if (wrong.has(token.word) || wrong.has(token.lemma)) return [useOf('mistake', token, token)];
    if (right.has(token.lemma) || right.has(token.word)) return [useOf('correct', token, token)];
    return [];
  });
}

export const spellingFamily: PatternFamily = { id: 'spelling', recognise, uses };
