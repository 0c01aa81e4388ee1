// The past participle used as the simple past: "I seen it" -> "I saw it", "she done" -> "she
// did". One item for every verb whose participle differs from its past.
// Correct use: such a verb's simple past right after its subject ("I saw"); a mistake: its
// participle there without have/be ("I seen").
import type { Edit } from '../keying/edit';
import { isPastForm, isVerb, participleOf, pastOf, subjectBefore } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const differsFromPast = (lemma: string) => participleOf(lemma) !== pastOf(lemma);

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined || r0.lemma !== a0.lemma) return null;
  if (!differsFromPast(r0.lemma) || r0.word !== participleOf(r0.lemma) || a0.word !== pastOf(a0.lemma)) return null;
  if (left.at(-1)?.lemma === 'have' || left.at(-1)?.lemma === 'be') return null;
  return { family: 'participle-past', key: 'participle-past', pattern: 'past participle without have (I seen) → simple past (I saw)', corrected: `${left.at(-1)?.word ?? ''} ${a0.word}`.trim(), params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (token.word === token.lemma || !differsFromPast(token.lemma)) return [];
    const subject = subjectBefore(tokens, i);
    if (subject === 'unknown') return [];
    // compromise may tag a bare participle as an adjective ("she done"); right after a pronoun it is the verb.
    if (!isVerb(token) && !hasTag(tokens[i - 1], 'Pronoun')) return [];
    const previous = tokens[i - 1];
    if (previous?.lemma === 'have' || previous?.lemma === 'be' || previous?.lemma === 'get') return [];
    if (isPastForm(token)) return [useOf('correct', token, token)];
    if (token.word === participleOf(token.lemma)) return [useOf('mistake', token, token)];
    return [];
  });
}

export const participlePastFamily: PatternFamily = { id: 'participle-past', recognise, uses };
