// Uncountable nouns stay singular: "information", "advice", "homework" (no -s, no "many", no
// "an"). One item, whether the noun was pluralised ("informations") or counted ("many advice");
// and the mirror item, "much" before a plural ("much people" -> "many people").
// Correct use (uncountable items): one of the item's own nouns, used in the singular and not
// after many/a/an/several/a number; a mistake: that noun with -s or after those words.
// Correct use (much-plural): "many" + a plural noun; a mistake: "much" + a plural noun.
import type { Edit } from '../keying/edit';
import { isPluralNoun, isUncountable } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'every', 'each', 'this', 'that', 'another']);
const COUNTING_WORDS = new Set(['many', 'a', 'an', 'several', 'few', 'these', 'those', 'both']);

function pluralised({ removed, added, left }: Edit): PatternSpec | null {
  // "informations" -> "information", "two informations" -> "two pieces of information", and
  // the words that agree with it changed along: "these informations are" -> "this information is".
  const r0 = removed.find((r) => r.word !== r.lemma && added.some((a) => a.word === r.lemma));
  const a0 = added.find((a) => a.word === r0?.lemma);
  const agreeing = removed.length === 3 && added.length === 3;
  if (r0 === undefined || a0 === undefined || (removed.length > 2 && !agreeing) || !hasTag(a0, 'Noun')) return null;
  // "every students" -> "every student" is about the determiner, not the noun.
  if (SINGULAR_DETERMINERS.has(left.at(-1)?.word ?? '') && removed.length === 1) return null;
  if (!isUncountable(a0.word) && !isPluralNoun(r0)) return null;
  return { family: 'uncountable', key: 'uncountable', pattern: `${r0.word} → ${a0.word} (uncountable: no -s)`, corrected: a0.word, params: { nouns: [a0.word] } };
}

function manyBefore({ removed, added, right }: Edit): PatternSpec | null {
  const many = removed.findIndex((t) => t.word === 'many');
  if (many < 0 || !added.some((t) => t.word === 'much' || t.word === 'lot')) return null;
  const noun = [...added, ...right].find((t) => hasTag(t, 'Noun'));
  if (noun === undefined) return null;
  const quantity = added.some((t) => t.word === 'much') ? 'much' : 'a lot of';
  return {
    family: 'uncountable',
    // One item with the plural ("many informations", "furnitures", "many money"): an
    // uncountable noun counted. Items made before they were one kept this key.
    key: 'uncountable',
    legacyKeys: ['many-uncountable'],
    pattern: `many + ${noun.lemma} → ${quantity} ${noun.lemma} (uncountable)`,
    corrected: `${quantity} ${noun.lemma}`,
    params: { nouns: [noun.lemma] },
  };
}

function muchBefore({ removed, added, right }: Edit): PatternSpec | null {
  if (!removed.some((t) => t.word === 'much') || !added.some((t) => t.word === 'many')) return null;
  const noun = [...added, ...right].find((t) => hasTag(t, 'Noun'));
  return {
    family: 'much-plural',
    key: 'much-plural',
    pattern: 'much + plural noun → many + plural noun',
    corrected: noun ? `many ${noun.word}` : 'many',
    params: {},
  };
}

function uncountableUses(tokens: readonly Token[], params: PatternParams): Use[] {
  const nouns = new Set(params.nouns ?? []);
  return tokens.flatMap((token, i): Use[] => {
    if (!nouns.has(token.lemma) && !nouns.has(token.word)) return [];
    if (!hasTag(token, 'Noun') && !nouns.has(token.word)) return [];
    const counted = COUNTING_WORDS.has(tokens[i - 1]?.word ?? '') || hasTag(tokens[i - 1], 'Cardinal');
    const start = counted ? tokens[i - 1]! : token;
    if (token.word !== token.lemma && !nouns.has(token.word)) return [useOf('mistake', start, token)];
    return [useOf(counted ? 'mistake' : 'correct', start, token)];
  });
}

function muchUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (token.word !== 'much' && token.word !== 'many') return [];
    const noun = tokens[i + 1];
    if (!isPluralNoun(noun)) return [];
    return [useOf(token.word === 'many' ? 'correct' : 'mistake', token, noun!)];
  });
}

/** "an advice" -> "advice" / "some advice" / "a piece of advice": an uncountable noun counted with a or an. */
function countedWithA({ removed, added, right }: Edit): PatternSpec | null {
  const at = removed.findIndex((t) => t.word === 'a' || t.word === 'an');
  if (at < 0 || removed.length > 2) return null;
  const noun = removed[at + 1] ?? (at === removed.length - 1 ? right[0] : undefined);
  if (noun === undefined || !isUncountable(noun.lemma)) return null;
  // "a piece of advice" keeps an "a" of its own: only "a/an" right before the noun is the mistake.
  if (added.some((t, i) => (t.word === 'a' || t.word === 'an') && added[i + 1]?.lemma === noun.lemma)) return null;
  return { family: 'uncountable', key: 'uncountable', pattern: `${removed[at]!.word} ${noun.lemma} → ${noun.lemma} (uncountable: no a/an)`, corrected: noun.lemma, params: { nouns: [noun.lemma] } };
}

export const uncountableFamily: PatternFamily = {
  id: 'uncountable',
  recognise: (edit) => manyBefore(edit) ?? pluralised(edit) ?? countedWithA(edit),
  uses: uncountableUses,
};
export const muchPluralFamily: PatternFamily = { id: 'much-plural', recognise: muchBefore, uses: muchUses };
