// After do/does/did the verb is bare: "Does he like it?", "They didn't go". Keyed as one item
// whether the learner kept the -s ("does he likes") or the past ("did they went").
// Correct use: do/does/did (with "not" and, in a question, the subject between) followed by the
// bare verb; a mistake: followed by the verb with -s or in the past.
import type { Edit } from '../keying/edit';
import { DO_AUXILIARIES, isBaseVerb, isPastForm, isThirdPersonForm, isVerb } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type Use } from './family';
import { skipAdverbs } from './scan';

const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

function recognise({ removed, added, left }: Edit) {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (r0.lemma !== a0.lemma || a0.word !== a0.lemma || r0.lemma === 'be') return null;
  if (!isThirdPersonForm(r0) && !isPastForm(r0)) return null;
  // "did my homeworks" -> "homework" is a noun's number, not the verb after "did".
  if (hasTag(r0, 'Noun') && !hasTag(r0, 'Verb')) return null;
  if (!left.slice(-4).some((t) => DO_AUXILIARIES.has(t.word))) return null;
  return { family: 'do-support' as const, key: 'do-support', pattern: 'do/does/did + verb-s / past → do/does/did + bare verb', corrected: a0.word, params: {} };
}

/** The main verb of the auxiliary at `i`: past "not", the subject of a question, adverbs. */
function mainVerbAfter(tokens: readonly Token[], i: number): number {
  let j = skipAdverbs(tokens, i + 1);
  if (SUBJECTS.has(tokens[j]?.word ?? '')) j = skipAdverbs(tokens, j + 1);
  else if (hasTag(tokens[j], 'Determiner') || hasTag(tokens[j], 'Possessive')) {
    if (hasTag(tokens[j + 1], 'Noun')) j = skipAdverbs(tokens, j + 2);
  } else if (hasTag(tokens[j], 'ProperNoun')) j = skipAdverbs(tokens, j + 1);
  return j;
}

function uses(tokens: readonly Token[]): Use[] {
  const found: Use[] = [];
  tokens.forEach((token, i) => {
    if (!DO_AUXILIARIES.has(token.word)) return;
    const verb = tokens[mainVerbAfter(tokens, i)];
    if (verb === undefined || !isVerb(verb) || verb.lemma === 'be') return;
    if (isBaseVerb(verb)) found.push(useOf('correct', token, verb));
    else if (isThirdPersonForm(verb) || isPastForm(verb)) found.push(useOf('mistake', token, verb));
  });
  return found;
}

export const doSupportFamily: PatternFamily = { id: 'do-support', recognise, uses };
