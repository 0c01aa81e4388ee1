// After a modal (can, will, must, should ...) the verb is bare: "she can swim", not "she can
// swims" or "she can to swim". Two items: the marked verb after a modal, and "to" after it.
// Correct use: a modal followed (past "not" and adverbs) by the bare verb; a mistake: followed by
// the verb with -s or in the past (modal:base), or by "to" + verb (modal:no-to).
import type { Edit } from '../keying/edit';
import { MODALS, isBaseVerb, isGerund, isPastForm, isThirdPersonForm, isVerb } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { skipAdverbs } from './scan';

function recognise({ removed, added, left, right }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  // "can't to swim" is "can to swim" negated: the same item.
  const modal = left.at(-1)?.word === 'not' ? left.at(-2) : left.at(-1);
  if (modal === undefined || !MODALS.has(modal.word)) return null;
  if (removed.length === 1 && r0?.word === 'to' && added.length === 0 && isBaseVerb(right[0])) {
    return { family: 'modal', key: 'modal:no-to', pattern: 'modal + to + verb → modal + verb ("can swim")', corrected: `${modal.word} ${right[0]!.word}`, params: { form: 'no-to' } };
  }
  if (removed.length === 1 && added.length === 1 && r0 !== undefined && a0 !== undefined && r0.lemma === a0.lemma && a0.word === a0.lemma && (isThirdPersonForm(r0) || isPastForm(r0) || isGerund(r0))) {
    return { family: 'modal', key: 'modal:base', pattern: 'modal + verb-s / past / -ing → modal + bare verb ("can swim")', corrected: `${modal.word} ${a0.word}`, params: { form: 'base' } };
  }
  return null;
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!MODALS.has(token.word)) return [];
    const j = skipAdverbs(tokens, i + 1);
    const next = tokens[j];
    if (next === undefined) return [];
    if (next.word === 'to' && isBaseVerb(tokens[j + 1])) return params.form === 'no-to' ? [useOf('mistake', token, tokens[j + 1]!)] : [];
    if (!isVerb(next)) return [];
    if (isBaseVerb(next)) return [useOf('correct', token, next)];
    if (params.form === 'base' && (isThirdPersonForm(next) || isPastForm(next) || isGerund(next))) return [useOf('mistake', token, next)];
    return [];
  });
}

export const modalFamily: PatternFamily = { id: 'modal', recognise, uses };
