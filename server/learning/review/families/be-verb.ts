// be + verb: "I am agree" (agree is a verb: "I agree"), "He is work now" (the progressive
// needs -ing: "he is working") and "I am go to school every day" (no be with the simple present:
// "I go"). Three items.
// Correct use (be-agree): agree/disagree as the verb itself, after its subject or do/don't; a
// mistake: am/is/are (+ not) before it. Correct use (be-progressive): be + verb-ing; a mistake:
// be + the bare verb. Correct use (be-before-verb): a present-tense verb right after its
// subject, with no be; a mistake: be + the bare verb.
import type { Edit } from '../keying/edit';
import { BE_FORMS, canBeVerb, isBaseVerb, isGerund, subjectBefore } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';
import { surface } from './scan';

const AGREE = new Set(['agree', 'disagree']);

function agreeAfterBe({ removed, added, right, after }: Edit): PatternSpec | null {
  if (!removed.some((t) => BE_FORMS.has(t.word))) return null;
  if (added.some((t) => BE_FORMS.has(t.word))) return null;
  if (![...added, ...right.slice(0, 2)].some((t) => AGREE.has(t.lemma))) return null;
  // The corrected words around the verb: "I agree", "she doesn't agree".
  const at = after.findIndex((t) => AGREE.has(t.lemma));
  const corrected = after.slice(Math.max(0, at - (after[at - 1]?.word === 'not' ? 3 : 1)), at + 1);
  return { family: 'be-agree', key: 'be-agree', pattern: 'am/is/are + agree → agree (a verb, not an adjective)', corrected: surface(corrected), params: {} };
}

function bareAfterBe({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (!BE_FORMS.has(left.at(-1)?.word ?? '') && !(left.at(-1)?.word === 'not' && BE_FORMS.has(left.at(-2)?.word ?? ''))) return null;
  if (!isGerund(a0) || r0.lemma !== a0.lemma || isGerund(r0) || AGREE.has(r0.lemma)) return null;
  return { family: 'be-progressive', key: 'be-progressive', pattern: 'be + verb → be + verb-ing', corrected: `${left.at(-1)!.word} ${a0.word}`, params: {} };
}

function beforeVerb({ removed, added, right }: Edit): PatternSpec | null {
  const [r0, r1] = removed;
  if (!BE_FORMS.has(r0?.word ?? '')) return null;
  // "I am go" -> "I go"; "she is live" -> "she lives".
  const verb =
    removed.length === 1 && added.length === 0 ? right[0] : removed.length === 2 && added.length === 1 && added[0]?.lemma === r1?.lemma ? added[0] : removed.length === 1 && added.length === 1 ? added[0] : undefined;
  if (verb === undefined || verb.lemma === 'be' || AGREE.has(verb.lemma) || isGerund(verb)) return null;
  // "we are work at a bank": compromise reads the bare verb after be as a noun; a noun there would need "a".
  const readAsNoun = verb.word === verb.lemma && hasTag(verb, 'Noun') && hasTag(verb, 'Singular') && !hasTag(verb, 'ProperNoun') && canBeVerb(verb.word);
  if (!hasTag(verb, 'Verb') && !readAsNoun) return null;
  return { family: 'be-before-verb', key: 'be-before-verb', pattern: 'am/is/are + verb → verb ("I go", not "I am go")', corrected: verb.word, params: {} };
}

function agreeUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!AGREE.has(token.lemma) || !hasTag(token, 'Verb')) return [];
    const previous = tokens[i - 1];
    const beforeNot = previous?.word === 'not' ? tokens[i - 2] : previous;
    if (beforeNot !== undefined && BE_FORMS.has(beforeNot.word)) return [useOf('mistake', beforeNot, token)];
    if (previous?.word === 'not' || subjectBefore(tokens, i) !== 'unknown' || previous?.lemma === 'do') return [useOf('correct', token, token)];
    return [];
  });
}

function progressiveUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!BE_FORMS.has(token.word)) return [];
    const j = tokens[i + 1]?.word === 'not' ? i + 2 : i + 1;
    const verb = tokens[j];
    if (verb === undefined || AGREE.has(verb.lemma)) return [];
    if (isGerund(verb) && hasTag(verb, 'Verb')) return [useOf('correct', token, verb)];
    if (isBaseVerb(verb) && hasTag(verb, 'Verb') && !hasTag(verb, 'Noun') && !hasTag(verb, 'Adjective')) return [useOf('mistake', token, verb)];
    // "she is cook": compromise takes the bare verb for a noun; a noun there would need "a".
    if (verb.word === verb.lemma && hasTag(verb, 'Noun') && hasTag(verb, 'Singular') && !hasTag(verb, 'ProperNoun') && canBeVerb(verb.word)) {
      return [useOf('mistake', token, verb)];
    }
    return [];
  });
}

function beforeVerbUses(tokens: readonly Token[]): Use[] {
  const mistakes = progressiveUses(tokens).filter((use) => use.verdict === 'mistake');
  if (mistakes.length > 0) return mistakes;
  return tokens.flatMap((token, i): Use[] => {
    const previous = tokens[i - 1];
    if (!hasTag(token, 'PresentTense') || BE_FORMS.has(token.word) || token.lemma === 'be' || token.lemma === 'do' || token.lemma === 'have') return [];
    if (previous === undefined || BE_FORMS.has(previous.word) || previous.word === 'to' || subjectBefore(tokens, i) === 'unknown') return [];
    return [useOf('correct', token, token)];
  });
}

export const beAgreeFamily: PatternFamily = { id: 'be-agree', recognise: agreeAfterBe, uses: agreeUses };
export const beProgressiveFamily: PatternFamily = { id: 'be-progressive', recognise: bareAfterBe, uses: progressiveUses };
export const beBeforeVerbFamily: PatternFamily = { id: 'be-before-verb', recognise: beforeVerb, uses: beforeVerbUses };
