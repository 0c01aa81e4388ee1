// -ing or -ed for a feeling: "I am bored" (how I feel), "the class is boring" (what makes me feel
// it). Learners swap them ("I was very boring in class", "the trip was excited"). One item,
// either way round; before this family the LLM's "boring -> bored" read as a past-tense fix.
// Correct use and mistakes are not read from later sentences: which one is right depends on
// what the learner means ("I am boring" is English too).
import type { Edit } from '../keying/edit';
import { verbOfGerund, verbOfParticiple } from '../language/forms';
import type { PatternFamily, PatternSpec } from './family';

/** The verb behind an -ing or -ed word: compromise may read either as an adjective of its own. */
const verbBehind = (word: string) => verbOfGerund(word) ?? verbOfParticiple(word);
const swapped = (from: string, to: string) => (from.endsWith('ing') && to.endsWith('ed')) || (from.endsWith('ed') && to.endsWith('ing'));

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (!swapped(r0.word, a0.word)) return null;
  const verb = verbBehind(r0.word);
  if (verb === undefined || verb !== verbBehind(a0.word)) return null;
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

export const participleAdjectiveFamily: PatternFamily = { id: 'participle-adjective', recognise, uses: () => [] };
