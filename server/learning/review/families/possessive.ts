// A possessive determiner before a noun, not an object or subject pronoun: "his sister", not "him
// sister"; "their parents", not "they parents" (or "he's car"). One item per pronoun it replaces.
// Correct use: the possessive the learner got wrong ("his") before a noun; a mistake: the wrong
// pronoun there again ("him" + a noun). "I gave him books" is no use at all: the item only reads
// the pronoun the learner said before a noun it cannot govern as an object (a kin word, a thing
// one owns), as the checker flags it.
import type { Edit } from '../keying/edit';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';

const POSSESSIVE_OF: Record<string, string> = {
  him: 'his', he: 'his', "he's": 'his', her: 'her', she: 'her', "she's": 'her', them: 'their', they: 'their',
  me: 'my', i: 'my', us: 'our', we: 'our', it: 'its', "it's": 'its',
};
const POSSESSIVES = new Set(Object.values(POSSESSIVE_OF));
/** Nouns one has, which an object pronoun does not take as a second object ("him sister"). */
const OWNED = /^(?:sisters?|brothers?|mother|father|mom|dad|mum|parents?|wife|husband|sons?|daughters?|friends?|family|grand(?:mother|father|ma|pa|parents?)|uncles?|aunts?|cousins?|boss|teacher|house|home|car|phone|bag|name|room|job|birthday|dog|cat|hair|eyes?|face|hands?|idea|opinion|homework|money|life|school|company)$/;

const isNoun = (token: Token | undefined) => token !== undefined && hasTag(token, 'Noun') && !hasTag(token, 'Pronoun');

function recognise({ removed, added, right }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  const wrong = r0.text.toLowerCase() || r0.word;
  if (POSSESSIVE_OF[wrong] !== a0.word || !POSSESSIVES.has(a0.word)) return null;
  if (!isNoun(right[0]) && !(hasTag(right[0], 'Adjective') && isNoun(right[1]))) return null;
  return {
    family: 'possessive-determiner',
    key: `possessive-determiner:${a0.word}`,
    pattern: `${wrong} + noun → ${a0.word} + noun ("${a0.word} ${right[0]!.word}")`,
    corrected: `${a0.word} ${right[0]!.word}`,
    params: { words: [a0.word], avoid: [wrong] },
  };
}

function uses(tokens: readonly Token[], { words = [], avoid = [] }: PatternParams): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    const next = tokens[i + 1];
    if (next === undefined || !isNoun(next)) return [];
    const said = token.text.toLowerCase() || token.word;
    if (words.includes(token.word) && hasTag(token, 'Possessive')) return [useOf('correct', token, next)];
    if (avoid.includes(said) && OWNED.test(next.word)) return [useOf('mistake', token, next)];
    return [];
  });
}

export const possessiveFamily: PatternFamily = { id: 'possessive-determiner', recognise, uses };
