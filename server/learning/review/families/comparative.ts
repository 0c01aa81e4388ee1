// Comparatives and superlatives: "more bigger" -> "bigger" and "most tallest" -> "tallest"
// (double forms), "more easy" -> "easier" and "most easy" -> "easiest" (a short adjective takes
// -er/-est). Four items.
// Correct use: an -er (or -est) adjective without more/most before it; a mistake: more/most
// before an -er/-est form (double items) or before a short adjective (-er/-est items).
import type { Edit } from '../keying/edit';
import { comparativeOf } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';

type Form = 'double-more' | 'double-most' | 'er' | 'est';

const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;
/** Adjectives that compare with -er: one syllable, or two ending in -y ("easy", "happy"). */
export const isShortAdjective = (adjective: string) => syllables(adjective) === 1 || (syllables(adjective) === 2 && /y$/.test(adjective));
const isComparative = (token: Token | undefined) => hasTag(token, 'Comparative') || (token !== undefined && token.word !== token.lemma && comparativeOf(token.lemma) === token.word);
const isSuperlative = (token: Token | undefined) => hasTag(token, 'Superlative');

const PATTERNS: Record<Form, string> = {
  'double-more': 'more + -er adjective → -er adjective ("more bigger" → "bigger")',
  'double-most': 'most + -est adjective → -est adjective ("most tallest" → "tallest")',
  er: 'more + short adjective → adjective + -er ("more easy" → "easier")',
  est: 'most + short adjective → adjective + -est ("most easy" → "easiest")',
};

function spec(form: Form, corrected: string): PatternSpec {
  return { family: 'comparative', key: `comparative:${form}`, pattern: PATTERNS[form], corrected, params: { form } };
}

function recognise({ removed, added, right }: Edit): PatternSpec | null {
  const [r0, r1] = removed;
  const [a0] = added;
  if (r0?.word !== 'more' && r0?.word !== 'most') return null;
  const most = r0.word === 'most';
  if (removed.length === 1 && added.length === 0) {
    const adjective = right[0];
    if (most ? isSuperlative(adjective) : isComparative(adjective)) return spec(most ? 'double-most' : 'double-more', adjective!.word);
    return null;
  }
  if (removed.length === 2 && added.length === 1 && r1 !== undefined && a0 !== undefined && hasTag(r1, 'Adjective')) {
    if (most ? isSuperlative(a0) : isComparative(a0)) return spec(isComparative(r1) || isSuperlative(r1) ? (most ? 'double-most' : 'double-more') : most ? 'est' : 'er', a0.word);
  }
  return null;
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const form = params.form as Form | undefined;
  if (form === undefined) return [];
  const superlative = form === 'double-most' || form === 'est';
  const intensifier = superlative ? 'most' : 'more';
  return tokens.flatMap((token, i): Use[] => {
    const previous = tokens[i - 1];
    const inflected = superlative ? isSuperlative(token) : isComparative(token);
    if (token.word === intensifier) {
      const next = tokens[i + 1];
      if (next === undefined || !hasTag(next, 'Adjective')) return [];
      const wrong = form === 'double-more' || form === 'double-most' ? (superlative ? isSuperlative(next) : isComparative(next)) : isShortAdjective(next.word) && !isComparative(next) && !isSuperlative(next);
      return wrong ? [useOf('mistake', token, next)] : [];
    }
    if (inflected && previous?.word !== intensifier && /(er|est)$/.test(token.word)) return [useOf('correct', token, token)];
    if (inflected && previous?.word !== intensifier && ['better', 'worse', 'best', 'worst'].includes(token.word)) return [useOf('correct', token, token)];
    return [];
  });
}

export const comparativeFamily: PatternFamily = { id: 'comparative', recognise, uses };
