// -ing or -ed for a feeling: "I am bored" (how I feel), "the class is boring" (what makes me feel
// it). Learners swap them ("I was very boring in class", "the trip was excited"). One item,
// either way round; before this family the LLM's "boring -> bored" read as a past-tense fix.
// Correct use and mistakes are read only where the person plainly feels it (as the checker's
// rule, server/learning/checker/rules/feelings.ts): "I" or "we" + be + the -ed form is a correct
// use, + the -ing form (with no object after it: "am I boring you?") a mistake; anyone + be +
// the -ing form + the feeling's own preposition ("she is exciting about") a mistake too. Elsewhere
// which one is right depends on what the learner means ("the class is boring", "I am boring").
import { FEELING_VERBS, OWN_PREPOSITION } from '../../checker/rules/feelings';
import type { Edit } from '../keying/edit';
import { participleOf, gerundOf, verbOfGerund, verbOfParticiple } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

/** The verb behind an -ing or -ed word: compromise may read either as an adjective of its own. */
const verbBehind = (word: string) => verbOfGerund(word) ?? verbOfParticiple(word);
const swapped = (from: string, to: string) => (from.endsWith('ing') && to.endsWith('ed')) || (from.endsWith('ed') && to.endsWith('ing'));

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (!swapped(r0.word, a0.word)) return null;
  // compromise does not read every feeling back to its verb ("tiring"): the checker's list does.
  const verb = verbBehind(r0.word) ?? BY_ING.get(r0.word);
  if (verb === undefined || verb !== (verbBehind(a0.word) ?? BY_ED.get(a0.word))) return null;
  // After be (and "very", "so", "really"): the adjective, not a verb in a tense.
  const before = left.filter((t) => !['very', 'so', 'really', 'too', 'not'].includes(t.word)).at(-1);
  if (before?.lemma !== 'be' && before?.lemma !== 'feel' && before?.lemma !== 'get') return null;
  return {
    family: 'participle-adjective',
    key: 'participle-adjective',
    pattern: '-ed for how you feel (bored), -ing for what causes it (boring)',
    corrected: a0.word,
    params: {},
  };
}

const PEOPLE = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const FIRST_PERSON = new Set(['i', 'we']);
const LINKS = new Set(['am', 'is', 'are', 'was', 'were', 'feel', 'felt', 'get', 'got']);
const DEGREE = new Set(['very', 'so', 'really', 'too', 'quite', 'extremely', 'not', 'always', 'never', 'a', 'little', 'bit']);
const OBJECT_STARTS = new Set(['me', 'you', 'him', 'her', 'us', 'them', 'it', 'the', 'a', 'an', 'my', 'your', 'his', 'our', 'their', 'this', 'that', 'everyone', 'people']);
const BY_ING = new Map(FEELING_VERBS.map((verb) => [gerundOf(verb), verb]));
const BY_ED = new Map(FEELING_VERBS.map((verb) => [participleOf(verb), verb]));

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!PEOPLE.has(token.word) || !LINKS.has(tokens[i + 1]?.word ?? '')) return [];
    let j = i + 2;
    while (j < tokens.length && DEGREE.has(tokens[j]!.word)) j++;
    const feeling = tokens[j];
    if (feeling === undefined) return [];
    if (BY_ED.has(feeling.word)) return [useOf('correct', token, feeling)];
    const verb = BY_ING.get(feeling.word);
    if (verb === undefined) return [];
    const next = tokens[j + 1]?.word ?? '';
    // "interesting in many ways" says how, not what interests the person.
    const how = next === 'in' && tokens.slice(j + 2, j + 5).some((t) => t.lemma === 'way');
    const ownPreposition = OWN_PREPOSITION[verb] === next && !how;
    const mistake = verb === 'interest' ? ownPreposition : ownPreposition || (FIRST_PERSON.has(token.word) && !OBJECT_STARTS.has(next));
    return mistake ? [useOf('mistake', token, feeling)] : [];
  });
}

export const participleAdjectiveFamily: PatternFamily = { id: 'participle-adjective', recognise, uses };
