// "a" or "an" by the first sound of the next word: "an hour", "an idea", "a university". One item;
// and a/an left out before one countable thing or person ("I am student"), another.
// Correct use (missing): "I am / she is a student"; a mistake: a bare singular person noun there.
// Correct use: "an" before a vowel sound, or "a" before a vowel letter that sounds like a
// consonant ("a university", "a European") — the cases that need thought, not "a book"; a
// mistake: "a" before a vowel sound or "an" before a consonant sound.
import type { Edit } from '../keying/edit';
import { isSingularNoun, subjectBefore, takesAn } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { surface } from './scan';

const ARTICLES = new Set(['a', 'an']);

const SINGULAR_BE = new Set(['am', 'is', 'was']);

/** "I am student" -> "I am a student": a/an put before a singular noun that had none. */
function missingArticle({ removed, added, right }: Edit): PatternSpec | null {
  const [a0] = added;
  if (removed.length !== 0 || added.length !== 1 || !ARTICLES.has(a0?.word ?? '')) return null;
  const noun = hasTag(right[0], 'Adjective') ? right[1] : right[0];
  if (!hasTag(noun, 'Noun') || hasTag(noun, 'Plural') || hasTag(noun, 'Pronoun')) return null;
  return {
    family: 'article',
    key: 'article:missing',
    pattern: 'one countable thing or person needs a/an ("I am a student")',
    corrected: `${a0!.word} ${surface(right.slice(0, noun === right[0] ? 1 : 2))}`,
    params: { form: 'missing' },
  };
}

function recognise(edit: Edit): PatternSpec | null {
  const { removed, added, right } = edit;
  const missing = missingArticle(edit);
  if (missing) return missing;
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || !ARTICLES.has(r0?.word ?? '') || !ARTICLES.has(a0?.word ?? '') || r0!.word === a0!.word) return null;
  return { family: 'article', key: 'article:a-an', pattern: 'a / an: by the first sound of the next word ("an hour", "a university")', corrected: `${a0!.word} ${right[0]?.word ?? ''}`.trim(), params: {} };
}

/** After "I am / she is / my father is": "a student" is a correct use, a bare "student" the mistake. */
function missingUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!SINGULAR_BE.has(token.word) || (subjectBefore(tokens, i) !== 'third-singular' && tokens[i - 1]?.word !== 'i')) return [];
    const next = tokens[i + 1];
    if (next === undefined) return [];
    if (ARTICLES.has(next.word) && hasTag(tokens[i + 2], 'Noun')) return [useOf('correct', token, tokens[i + 2]!)];
    const after = tokens[i + 2];
    const endsPhrase = after === undefined || hasTag(after, 'Preposition') || hasTag(after, 'Conjunction');
    if (isSingularNoun(next) && hasTag(next, 'Actor') && !hasTag(next, 'ProperNoun') && !hasTag(next, 'Uncountable') && endsPhrase) return [useOf('mistake', token, next)];
    return [];
  });
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  if (params.form === 'missing') return missingUses(tokens);
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
