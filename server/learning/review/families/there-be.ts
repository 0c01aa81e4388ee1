// "There is" + a singular or uncountable noun, "there are" + a plural: "there are many people".
// One item.
// Correct use: there + be whose number matches the noun that follows (past a quantifier and
// adjectives); a mistake: the number does not match ("there is many people").
import type { Edit } from '../keying/edit';
import { isPluralNoun, isSingularNoun } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const SINGULAR = new Set(['is', 'was']);
const PLURAL = new Set(['are', 'were']);
const PLURAL_QUANTIFIERS = new Set(['many', 'several', 'few', 'some', 'two', 'three', 'lots', 'both']);

function recognise({ removed, added, left, right }: Edit): PatternSpec | null {
  const be = removed.find((t) => SINGULAR.has(t.word) || PLURAL.has(t.word));
  const fixed = added.find((t) => SINGULAR.has(t.word) || PLURAL.has(t.word));
  // "Is there many ...?": the question puts be before "there".
  const there = left.at(-1)?.word === 'there' || removed[0]?.word === 'there' || (removed.length === 1 && right[0]?.word === 'there');
  if (be === undefined || fixed === undefined || !there || be.word === fixed.word) return null;
  return { family: 'there-be', key: 'there-be', pattern: 'there is + plural → there are (the verb agrees with what follows)', corrected: `there ${fixed.word}`, params: {} };
}

/** The noun after "there is/are", past "not", a quantifier, a determiner and adjectives. */
function nounAfter(tokens: readonly Token[], i: number): { noun: Token | undefined; pluralQuantifier: boolean } {
  let j = i + 1;
  if (tokens[j]?.word === 'not') j++;
  let pluralQuantifier = false;
  if (tokens[j]?.word === 'a' && tokens[j + 1]?.word === 'lot' && tokens[j + 2]?.word === 'of') j += 3;
  while (j < tokens.length && j <= i + 5 && (hasTag(tokens[j], 'Determiner') || hasTag(tokens[j], 'Adjective') || hasTag(tokens[j], 'Value') || PLURAL_QUANTIFIERS.has(tokens[j]!.word))) {
    if (PLURAL_QUANTIFIERS.has(tokens[j]!.word) || (hasTag(tokens[j], 'Cardinal') && tokens[j]!.word !== 'one')) pluralQuantifier = true;
    j++;
  }
  return { noun: hasTag(tokens[j], 'Noun') ? tokens[j] : undefined, pluralQuantifier };
}

const isBe = (token: Token | undefined) => token !== undefined && (SINGULAR.has(token.word) || PLURAL.has(token.word));

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (token.word !== 'there') return [];
    // "there are many ..." or the question "are there many ...?"
    const question = !isBe(tokens[i + 1]) && isBe(tokens[i - 1]);
    const be = question ? tokens[i - 1] : tokens[i + 1];
    if (be === undefined || !isBe(be)) return [];
    const { noun, pluralQuantifier } = nounAfter(tokens, question ? i : i + 1);
    if (noun === undefined) return [];
    const plural = isPluralNoun(noun) || (pluralQuantifier && !isSingularNoun(noun));
    const singular = !plural && isSingularNoun(noun);
    if (!plural && !singular) return [];
    const right = plural ? PLURAL.has(be.word) : SINGULAR.has(be.word);
    return [useOf(right ? 'correct' : 'mistake', token, noun)];
  });
}

export const thereBeFamily: PatternFamily = { id: 'there-be', recognise, uses };
