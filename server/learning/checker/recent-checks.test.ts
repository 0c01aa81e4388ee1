import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/corrections';
import type { LocalChecker } from './index';
import { rememberRecentChecks } from './recent-checks';

/** A checker that counts its calls and answers with the text it was given. */
function countingChecker(fail = false) {
  const calls: string[] = [];
  const checker: LocalChecker = {
    check(text) {
      calls.push(text);
      return fail && calls.length === 1 ? Promise.reject(new Error('thread died')) : Promise.resolve({ corrected: text.toUpperCase(), corrections: [] } satisfies CheckResult);
    },
  };
  return { checker, calls };
}

describe('rememberRecentChecks', () => {
  it('answers the same words, language and page once, even while the first check runs', async () => {
    const { checker, calls } = countingChecker();
    const remembered = rememberRecentChecks(checker);
    const [early, final] = await Promise.all([
      remembered.check('I go to farm', 'ko', { pageText: 'Robots plant rice.' }),
      remembered.check('I go to farm', 'ko', { pageText: 'Robots plant rice.' }),
    ]);
    expect(final).toBe(early);
    expect(calls).toEqual(['I go to farm']);
  });

  it('checks again when the words, the language or the page differ', async () => {
    const { checker, calls } = countingChecker();
    const remembered = rememberRecentChecks(checker);
    await remembered.check('I go to farm', 'ko', { pageText: 'A' });
    await remembered.check('I go to the farm', 'ko', { pageText: 'A' });
    await remembered.check('I go to farm', 'en', { pageText: 'A' });
    await remembered.check('I go to farm', 'ko', { pageText: 'B' });
    expect(calls).toHaveLength(4);
  });

  it('forgets a failed check, so the next one runs', async () => {
    const { checker, calls } = countingChecker(true);
    const remembered = rememberRecentChecks(checker);
    await expect(remembered.check('I go to farm', 'ko')).rejects.toThrow('thread died');
    await expect(remembered.check('I go to farm', 'ko')).resolves.toMatchObject({ corrected: 'I GO TO FARM' });
    expect(calls).toHaveLength(2);
  });

  it('keeps only the last checks', async () => {
    const { checker, calls } = countingChecker();
    const remembered = rememberRecentChecks(checker, 2);
    for (const text of ['one', 'two', 'three', 'one']) await remembered.check(text, 'ko');
    expect(calls).toEqual(['one', 'two', 'three', 'one']);
  });
});
