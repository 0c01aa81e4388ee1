// After have / has / had, the past participle, not the simple past: "I have seen it", not "I have
// saw it". One item, whichever verb.
// Correct use: have (+ an adverb) + a participle that differs from the verb's simple past ("seen",
// "eaten", "gone"); a mistake: have + that simple past ("saw", "ate", "went").
import type { Edit } from '../keying/edit';
import { participleOf, pastOf } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';
import { skipAdverbs } from './scan';

const HAVE = new Set(['have', 'has', 'had', "'ve", "'s", "'d"]);

const haveBefore = (tokens: readonly Token[], i: number) => {
  let j = i - 1;
  while (j >= 0 && ['never', 'already', 'just', 'ever', 'not', 'often', 'always', 'recently', 'also'].includes(tokens[j]!.word)) j--;
  return j >= 0 && (HAVE.has(tokens[j]!.word) || tokens[j]!.lemma === 'have') ? tokens[j] : undefined;
};

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  const lemma = a0.lemma;
  if (pastOf(lemma) === participleOf(lemma) || r0.word !== pastOf(lemma) || a0.word !== participleOf(lemma)) return null;
  if (haveBefore([...left, r0], left.length) === undefined) return null;
  return { family: 'perfect-participle', key: 'perfect-participle', pattern: 'have + past form → have + past participle ("have seen")', corrected: `have ${a0.word}`, params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!HAVE.has(token.word) && token.lemma !== 'have') return [];
    const j = skipAdverbs(tokens, i + 1);
    const verb = tokens[j];
    if (verb === undefined || verb.lemma === verb.word || pastOf(verb.lemma) === participleOf(verb.lemma)) return [];
    if (verb.word === participleOf(verb.lemma)) return [useOf('correct', token, verb)];
    if (verb.word === pastOf(verb.lemma)) return [useOf('mistake', token, verb)];
    return [];
  });
}

export const perfectParticipleFamily: PatternFamily = { id: 'perfect-participle', recognise, uses };
