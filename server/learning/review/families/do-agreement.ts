// "he doesn't", not "he don't": the auxiliary agrees with a third-person singular subject; and
// the mirror item, "they don't", not "they doesn't".
// Correct use: "does"/"doesn't" after (or, in a question, before) a third-person singular
// subject; a mistake: "do"/"don't" there (the other way round for the mirror item).
import type { Edit } from '../keying/edit';
import { subjectBefore } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type Use } from './family';

function recognise({ removed, added }: Edit) {
  if (removed.length !== 1 || added.length !== 1) return null;
  if (removed[0]?.word === 'do' && added[0]?.word === 'does') {
    return { family: 'do-agreement' as const, key: 'do-agreement', pattern: "he/she/it + don't → doesn't", corrected: "doesn't", params: {} };
  }
  // The mirror item: "they doesn't", "my kids doesn't" -> "don't".
  if (removed[0]?.word === 'does' && added[0]?.word === 'do') {
    return { family: 'do-agreement' as const, key: 'do-agreement:plural', pattern: "I/you/we/they/plural + doesn't → don't", corrected: "don't", params: { form: 'plural' } };
  }
  return null;
}

function subjectAfter(tokens: readonly Token[], i: number) {
  // "Does he ...": the subject follows the auxiliary; read it as if it came first.
  return subjectBefore([tokens[i + 1]!], 1);
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const plural = params.form === 'plural';
  const found: Use[] = [];
  tokens.forEach((token, i) => {
    if (token.word !== 'do' && token.word !== 'does') return;
    const negative = tokens[i + 1]?.word === 'not';
    const question = i === 0 && tokens[i + 1] !== undefined;
    const subject = question ? subjectAfter(tokens, i) : subjectBefore(tokens, i);
    if (subject !== (plural ? 'other' : 'third-singular') || (!negative && !question)) return;
    const right = plural ? 'do' : 'does';
    found.push(useOf(token.word === right ? 'correct' : 'mistake', token, tokens[i + 1] ?? token));
  });
  return found;
}

export const doAgreementFamily: PatternFamily = { id: 'do-agreement', recognise, uses };
