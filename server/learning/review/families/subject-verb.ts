// be/have agreeing with the subject: "everyone is", "people are", "the news is". Three items:
// a singular subject with a plural verb, a plural subject with a singular verb, and an
// uncountable noun ("news", "information") taken for a plural.
// Correct use: is/was/has after a subject of the item's kind (are/were/have for the plural item);
// a mistake: the other number there.
import type { Edit } from '../keying/edit';
import { MODALS, isPluralNoun, isUncountable, subjectBefore } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';
import { INNER_ADVERBS } from './scan';

const SINGULAR = new Set(['is', 'was', 'has']);
const PLURAL = new Set(['are', 'were', 'have']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'these', 'those']);
const INDEFINITE = new Set(['everyone', 'everybody', 'everything', 'someone', 'somebody', 'something', 'nobody', 'nothing', 'anyone', 'anybody', 'anything', 'here', 'there']);

type Form = 'singular' | 'plural' | 'uncountable';

function headBefore(tokens: readonly Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && INNER_ADVERBS.has(tokens[j]!.word)) j--;
  return tokens[j];
}

function subjectKind(tokens: readonly Token[], i: number): Form | null {
  const head = headBefore(tokens, i);
  if (head === undefined) return null;
  if (hasTag(head, 'Noun') && !hasTag(head, 'Pronoun') && !INDEFINITE.has(head.word) && isUncountable(head.word)) return 'uncountable';
  const number = subjectBefore(tokens, i);
  if (number === 'third-singular') return 'singular';
  if (PLURAL_PRONOUNS.has(head.word) || (isPluralNoun(head) && number === 'other')) return 'plural';
  return null;
}

const PATTERNS: Record<Form, { pattern: string; corrected: string }> = {
  singular: { pattern: 'singular subject + are/were/have → is/was/has', corrected: 'is' },
  plural: { pattern: 'plural subject + is/was/has → are/were/have', corrected: 'are' },
  uncountable: { pattern: 'uncountable noun + are → is ("the news is")', corrected: 'is' },
};

function recognise({ removed, added, left, before }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  const fromSingular = SINGULAR.has(r0.word) && PLURAL.has(a0.word);
  const fromPlural = PLURAL.has(r0.word) && SINGULAR.has(a0.word);
  if ((!fromSingular && !fromPlural) || left.at(-1)?.word === 'there') return null;
  const kind = subjectKind(before, before.indexOf(r0));
  const form: Form = fromSingular ? 'plural' : kind === 'uncountable' ? 'uncountable' : 'singular';
  const head = headBefore(before, before.indexOf(r0));
  const corrected = head ? `${head.word} ${a0.word}` : a0.word;
  return { family: 'subject-verb', key: `subject-verb:${form}`, pattern: PATTERNS[form].pattern, corrected, params: { form } };
}

function uses(tokens: readonly Token[], params: { form?: string }): Use[] {
  const found: Use[] = [];
  tokens.forEach((token, i) => {
    const singular = SINGULAR.has(token.word);
    if (!singular && !PLURAL.has(token.word)) return;
    const previous = tokens[i - 1];
    if (previous === undefined || previous.word === 'there' || previous.word === 'to' || MODALS.has(previous.word)) return;
    const kind = subjectKind(tokens, i);
    if (kind === null || kind !== params.form) return;
    const right = kind === 'plural' ? !singular : singular;
    found.push(useOf(right ? 'correct' : 'mistake', headBefore(tokens, i) ?? token, token));
  });
  return found;
}

export const subjectVerbFamily: PatternFamily = { id: 'subject-verb', recognise, uses };
