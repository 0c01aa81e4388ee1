// Correct use on our own tuning cases: after a mistake, a later sentence uses the corrected form
// (Good), makes the mistake again (Again, never Good), or does not use the construction (nothing).
// The item is built as the conversation builds it: the checker's finding, else the change itself
// as the LLM would report it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalChecker, type LocalChecker } from '../checker';
import { CORRECT_USE_CASES } from '../../../tests/fixtures/review-tuning';
import { rewriteAsCorrection } from '../../../tests/support/rewrite';
import { judgeUse } from './evidence';
import { patternOf } from './keying/pattern-of';
import { parseSentences } from './language/sentence';

const VERDICTS = { 'correct-use': 'good', 'repeats-mistake': 'again', 'not-used': null } as const;

describe('what a later sentence shows about an item', () => {
  let checker: LocalChecker;
  beforeAll(async () => {
    checker = await createLocalChecker();
  });

  async function classify(mistake: string, correction: string, learnerSays: string) {
    const change = rewriteAsCorrection(mistake, correction)!;
    const found = (await checker.check(mistake, 'en')).corrections.find((c) => c.start <= change.end && change.start <= c.end);
    const { spec } = patternOf(mistake, found ?? change);
    const later = (await checker.check(learnerSays, 'en')).corrections;
    if (later.some((c) => patternOf(learnerSays, c).spec.key === spec.key)) return 'again';
    return judgeUse(spec, parseSentences(learnerSays), later);
  }

  it.each(CORRECT_USE_CASES)('$mistake then "$learnerSays": $label', async ({ mistake, correction, learnerSays, label }) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(VERDICTS[label]);
  });

  it('gives no credit where a correction of the same turn overlaps the construction', () => {
    const text = 'My sister enjoys swiming.';
    const spec = patternOf('I enjoyed to read it.', rewriteAsCorrection('I enjoyed to read it.', 'I enjoyed reading it.')!).spec;
    const start = text.indexOf('swiming');
    expect(judgeUse(spec, parseSentences(text), [])).toBe('good');
    expect(judgeUse(spec, parseSentences(text), [{ start, end: start + 7 }])).toBeNull();
  });
});
