// "Every" and "each" take a singular noun: "every day", "each student", not "every days". One item.
// Correct use: every/each (+ adjectives) + a singular countable noun; a mistake: a plural noun
// there. "Each of the students" is the other construction ("of" + plural) and is not read.
import type { Edit } from '../keying/edit';
import { isPluralNoun, isSingularNoun } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const EVERY = new Set(['every', 'each']);

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined || r0.lemma !== a0.lemma) return null;
  if (!isPluralNoun(r0) || isPluralNoun(a0)) return null;
  const quantifier = [...left.slice(-3)].reverse().find((t) => EVERY.has(t.word));
  if (quantifier === undefined) return null;
  return { family: 'every-singular', key: 'every-singular', pattern: 'every / each + plural noun → singular noun ("every day")', corrected: `${quantifier.word} ${a0.word}`, params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!EVERY.has(token.word) || tokens[i + 1]?.word === 'of' || tokens[i + 1]?.word === 'other') return [];
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && hasTag(tokens[j], 'Adjective') && !hasTag(tokens[j], 'Noun')) j++;
    const noun = tokens[j];
    if (isPluralNoun(noun)) return [useOf('mistake', token, noun!)];
    if (isSingularNoun(noun)) return [useOf('correct', token, noun!)];
    return [];
  });
}

export const everySingularFamily: PatternFamily = { id: 'every-singular', recognise, uses };
