// "very" cannot qualify a verb: "I really like it" or "I like it very much", not "I very like
// it". One item, whichever verb follows.
// Correct use: "really" before a verb after its subject, or "very much" after the verb; a mistake:
// a subject, "very", then a verb (not an adjective or participle: "I am very tired" is right).
import type { Edit } from '../keying/edit';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she']);

/** A verb in its own right after "very": not an adjective, -ing or -ed adjective, or "much". */
const isPlainVerb = (token: Token | undefined) =>
  token !== undefined && hasTag(token, 'Verb') && !hasTag(token, 'Adjective') && !hasTag(token, 'Gerund') && !hasTag(token, 'Participle') && !['much', 'many', 'well'].includes(token.word);

function recognise({ removed, added, right }: Edit): PatternSpec | null {
  const at = removed.findIndex((t) => t.word === 'very');
  if (at < 0) return null;
  const verb = removed[at + 1] ?? right[0];
  if (!isPlainVerb(verb)) return null;
  // The correction keeps the verb and puts "really" before it or "very much" after it.
  const fixed = added.some((t) => t.word === 'really') || added.some((t, k) => t.word === 'very' && added[k + 1]?.word === 'much');
  if (!fixed && added.length > 0) return null;
  return { family: 'very-verb', key: 'very-verb', pattern: 'very + verb → really + verb ("I really like it")', corrected: `really ${verb!.word}`, params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    const previous = tokens[i - 1];
    if (previous === undefined || !SUBJECTS.has(previous.word)) {
      // "I like it very much": "very much" after a verb earlier in the sentence.
      if (token.word === 'very' && tokens[i + 1]?.word === 'much' && tokens.slice(0, i).some((t) => isPlainVerb(t) && t.lemma !== 'be')) return [useOf('correct', token, tokens[i + 1]!)];
      return [];
    }
    const next = tokens[i + 1];
    if (token.word === 'very' && isPlainVerb(next)) return [useOf('mistake', token, next!)];
    if (token.word === 'really' && isPlainVerb(next) && next!.lemma !== 'be') return [useOf('correct', token, next!)];
    return [];
  });
}

export const veryVerbFamily: PatternFamily = { id: 'very-verb', recognise, uses };
