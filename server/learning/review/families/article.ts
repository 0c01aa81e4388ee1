// "a" or "an" by the first sound of the next word: "an hour", "an idea", "a university". One item.
// Correct use: "an" before a vowel sound, or "a" before a vowel letter that sounds like a
// consonant ("a university", "a European") — the cases that need thought, not "a book"; a
// mistake: "a" before a vowel sound or "an" before a consonant sound.
import type { Edit } from '../keying/edit';
import { takesAn } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const ARTICLES = new Set(['a', 'an']);

function recognise({ removed, added, right }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || !ARTICLES.has(r0?.word ?? '') || !ARTICLES.has(a0?.word ?? '') || r0!.word === a0!.word) return null;
  return { family: 'article', key: 'article:a-an', pattern: 'a / an: by the first sound of the next word ("an hour", "a university")', corrected: `${a0!.word} ${right[0]?.word ?? ''}`.trim(), params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    const next = tokens[i + 1];
    if (!ARTICLES.has(token.word) || next === undefined || !/^[a-z]/.test(next.word)) return [];
    const an = takesAn(next.word);
    if ((token.word === 'an') !== an) return [useOf('mistake', token, next)];
    const needsThought = /^[aeiouh]/.test(next.word);
    return needsThought ? [useOf('correct', token, next)] : [];
  });
}

export const articleFamily: PatternFamily = { id: 'article', recognise, uses };
