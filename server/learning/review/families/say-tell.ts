// "tell" takes the person directly, "say" does not: "he told me", not "he said me". One item.
// Correct use: a form of "tell" followed by a person (me, him, her, us, them, you, a name, a
// noun); a mistake: a form of "say" followed directly by me/him/us/them.
import type { Edit } from '../keying/edit';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const PEOPLE = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

function recognise({ removed, added, right }: Edit): PatternSpec | null {
  if (removed.length !== 1 || added.length !== 1 || removed[0]?.lemma !== 'say' || added[0]?.lemma !== 'tell') return null;
  return { family: 'say-tell', key: 'say-tell', pattern: 'say + person → tell + person ("told me")', corrected: `${added[0].word} ${right[0]?.word ?? 'me'}`, params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    const next = tokens[i + 1];
    if (next === undefined) return [];
    if (token.lemma === 'tell' && (PEOPLE.has(next.word) || hasTag(next, 'Person') || hasTag(next, 'Possessive'))) return [useOf('correct', token, next)];
    if (token.lemma === 'say' && PEOPLE.has(next.word) && next.word !== 'you' && next.word !== 'her') return [useOf('mistake', token, next)];
    return [];
  });
}

export const sayTellFamily: PatternFamily = { id: 'say-tell', recognise, uses };
