// Third-person -s: "she likes", "my brother plays" (and "he has"). One item for every verb.
// Correct use: a present-tense verb with -s right after a third-person singular subject (he, she,
// it, a singular noun or name, "one of my friends"); a mistake: the bare verb there ("she like").
// "I drive" and "they drive" are neither: only a third-person singular subject counts.
import type { Edit } from '../keying/edit';
import { DO_AUXILIARIES, MODALS, canBeVerb, isBaseVerb, isThirdPersonForm, isVerb, subjectBefore } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type Use } from './family';

const NOT_MAIN_VERBS = new Set(['be', 'do']);
// compromise reads "like" after a subject as a preposition ("she like apples"); after a subject it is the verb.
const VERB_READ_AS_OTHER = new Set(['like', 'need', 'work', 'study', 'love', 'hope', 'plan', 'use', 'watch', 'play', 'visit']);

/** The checker's rule found the subject and its verb: compromise may read the verb as a noun ("this app help farmers"). */
const SINGULAR_SUBJECT_RULE = 'agreement.singular-subject';
const PLURAL_SUBJECT_RULE = 'agreement.plural-subject';

function recognise({ removed, added, before, ruleId }: Edit) {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (r0.lemma !== a0.lemma || NOT_MAIN_VERBS.has(r0.lemma)) return null;
  // "brother" -> "brothers" is a plural noun, not a verb taking -s (read in the corrected sentence).
  // An LLM finding where compromise reads a noun: a word that can be a verb, after a singular subject.
  const readAsVerb = hasTag(a0, 'Verb') || ruleId === SINGULAR_SUBJECT_RULE || (canBeVerb(r0.lemma) && subjectBefore(before, before.indexOf(r0)) === 'third-singular');
  if (!readAsVerb) return null;
  if (!(r0.word === r0.lemma && isThirdPersonForm(a0))) return null;
  return {
    family: 'third-person' as const,
    key: 'third-person',
    pattern: 'he/she/it + verb → verb + -s',
    corrected: `${a0.word}`,
    params: {},
  };
}

function isPresentVerbSlot(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (previous === undefined || previous.word === 'to' || MODALS.has(previous.word) || DO_AUXILIARIES.has(previous.word) || previous.word === 'not') return false;
  if (NOT_MAIN_VERBS.has(token.lemma) || MODALS.has(token.word) || hasTag(token, 'PastTense') || hasTag(token, 'Gerund')) return false;
  return isVerb(token) || VERB_READ_AS_OTHER.has(token.word) || VERB_READ_AS_OTHER.has(token.lemma);
}

function uses(tokens: readonly Token[]): Use[] {
  const found: Use[] = [];
  tokens.forEach((token, i) => {
    if (!isPresentVerbSlot(tokens, i) || subjectBefore(tokens, i) !== 'third-singular') return;
    // A noun compromise took for a verb ("the work") has a determiner right before it.
    if (hasTag(tokens[i - 1], 'Determiner')) return;
    if (isThirdPersonForm(token)) found.push(useOf('correct', token, token));
    else if (isBaseVerb(token) || (token.word === token.lemma && VERB_READ_AS_OTHER.has(token.word))) found.push(useOf('mistake', token, token));
  });
  return found;
}

export const thirdPersonFamily: PatternFamily = { id: 'third-person', recognise, uses };

// The mirror item: -s after a subject that is not third-person singular ("they wants", "we goes",
// "my parents likes" -> "want", "go", "like"). One item for every verb, whichever checker found it.
// Correct use: the bare present verb right after such a subject ("they want"); a mistake: the -s
// form there.
function recogniseExtraS({ removed, added, before, ruleId }: Edit) {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (r0.lemma !== a0.lemma || NOT_MAIN_VERBS.has(r0.lemma) || r0.lemma === 'have') return null;
  if (!isThirdPersonForm(r0) || a0.word !== a0.lemma) return null;
  // "two books" -> "two book" is a noun; after do/does/modals it is do-support or a modal, not agreement.
  const at = before.indexOf(r0);
  // The plural-subject rule has found the subject itself, also behind a phrase ("the players on the team trains").
  if (ruleId !== PLURAL_SUBJECT_RULE) {
    if (!isVerb(r0) && !VERB_READ_AS_OTHER.has(r0.lemma)) return null;
    if (subjectBefore(before, at) !== 'other') return null;
  }
  return {
    family: 'non-third-person' as const,
    key: 'non-third-person',
    pattern: 'I/you/we/they/plural + verb-s → verb (no -s)',
    corrected: a0.word,
    params: {},
  };
}

function extraSUses(tokens: readonly Token[]): Use[] {
  const found: Use[] = [];
  tokens.forEach((token, i) => {
    if (!isPresentVerbSlot(tokens, i) || subjectBefore(tokens, i) !== 'other') return;
    if (hasTag(tokens[i - 1], 'Determiner')) return;
    if (isThirdPersonForm(token)) found.push(useOf('mistake', token, token));
    else if (isBaseVerb(token)) found.push(useOf('correct', token, token));
  });
  return found;
}

export const nonThirdPersonFamily: PatternFamily = { id: 'non-third-person', recognise: recogniseExtraS, uses: extraSUses };
