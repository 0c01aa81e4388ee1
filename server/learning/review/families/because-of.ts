// "because of" takes a noun, "because" a clause: "because I was sick", not "because of I was
// sick". One item.
// Correct use: "because" followed by a subject pronoun (a clause starts); a mistake: "because of"
// followed by one (I, he, she, we, they: subjects only, so "because of him" is no mistake).
import type { Edit } from '../keying/edit';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const SUBJECTS = new Set(['i', 'he', 'she', 'we', 'they']);

function recognise({ removed, added, left, right }: Edit): PatternSpec | null {
  if (removed.length !== 1 || removed[0]?.word !== 'of' || added.length !== 0) return null;
  if (left.at(-1)?.word !== 'because' || !SUBJECTS.has(right[0]?.word ?? '')) return null;
  return { family: 'because-of', key: 'because-of', pattern: 'because of + clause → because + clause', corrected: `because ${right[0]!.word}`, params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (token.word !== 'because') return [];
    const next = tokens[i + 1];
    if (next?.word === 'of' && SUBJECTS.has(tokens[i + 2]?.word ?? '')) return [useOf('mistake', token, tokens[i + 2]!)];
    if (next !== undefined && SUBJECTS.has(next.word)) return [useOf('correct', token, next)];
    return [];
  });
}

export const becauseOfFamily: PatternFamily = { id: 'because-of', recognise, uses };
