// How something is done takes an adverb, not an adjective: "drives carefully", "sings well", not
// "drives careful", "sings good". One item, whichever adjective.
// Correct use: an adverb of manner (-ly, or "well") right after a verb that is not a linking verb,
// or after its short object ("speaks English well"); a mistake: the plain adjective in that place
// at the end of the clause. "It looks good", "I feel bad" are right: linking verbs take adjectives.
import type { Edit } from '../keying/edit';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const LINKING = new Set(['be', 'look', 'feel', 'seem', 'sound', 'smell', 'taste', 'become', 'get', 'stay', 'remain', 'appear', 'turn', 'grow', 'keep', 'go']);
const DEGREE = new Set(['very', 'really', 'so', 'too', 'quite', 'pretty', 'extremely']);
const CLAUSE_END = new Set(['.', ',', '!', '?', 'and', 'but', 'because', 'when', 'every', 'today', 'now', 'yesterday', 'in', 'at', 'on']);

/** The adverb of an adjective: "careful" -> "carefully", "easy" -> "easily", "good" -> "well". */
export function adverbOf(adjective: string): string {
  if (adjective === 'good') return 'well';
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (/ic$/.test(adjective)) return `${adjective}ally`;
  return `${adjective}ly`;
}

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (adverbOf(r0.word) !== a0.word) return null;
  if (!left.some((t) => hasTag(t, 'Verb') && !LINKING.has(t.lemma))) return null;
  return { family: 'adverb-form', key: 'adverb-form', pattern: 'verb + adjective → verb + adverb ("drives carefully", "sings well")', corrected: a0.word, params: {} };
}

/** The verb a manner word at `i` describes: right before it, past a degree word and a short object. */
function actionVerbBefore(tokens: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  if (DEGREE.has(tokens[j]?.word ?? '')) j--;
  for (let hops = 0; hops < 3 && j >= 0; hops++, j--) {
    const token = tokens[j]!;
    if (hasTag(token, 'Verb')) return LINKING.has(token.lemma) || hasTag(token, 'Auxiliary') ? undefined : token;
    if (!hasTag(token, 'Noun') && !hasTag(token, 'Determiner') && !hasTag(token, 'Possessive')) return undefined;
  }
  return undefined;
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    const verb = actionVerbBefore(tokens, i);
    if (verb === undefined) return [];
    const endsClause = tokens[i + 1] === undefined || CLAUSE_END.has(tokens[i + 1]!.word);
    if (token.word === 'well' || (hasTag(token, 'Adverb') && token.word.endsWith('ly') && token.word.length > 4)) return [useOf('correct', verb, token)];
    if (hasTag(token, 'Adjective') && !hasTag(token, 'Verb') && endsClause && adverbOf(token.word) !== token.word) return [useOf('mistake', verb, token)];
    return [];
  });
}

export const adverbFormFamily: PatternFamily = { id: 'adverb-form', recognise, uses };
