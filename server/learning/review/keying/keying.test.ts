// Keying on our own tuning pairs (tests/fixtures/review-tuning.ts): two mistakes of one pattern
// are one notebook item, whatever their words, tense or person; a different governing word or a
// different rule is another item. Found by the real checker, and as the LLM reports findings.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalChecker, type LocalChecker } from '../../checker';
import { KEYING_PAIRS } from '../../../../tests/fixtures/review-tuning';
import { rewriteAsCorrection } from '../../../../tests/support/rewrite';
import { patternOf } from './pattern-of';

describe('notebook keying', () => {
  let checker: LocalChecker;
  beforeAll(async () => {
    checker = await createLocalChecker();
  });

  const keysOf = async (text: string) => (await checker.check(text, 'en')).corrections.map((c) => patternOf(text, c).spec.key);

  it.each(KEYING_PAIRS.filter((p) => p.fixed))('as LLM findings: "$a" / "$b" are one item: $same', ({ a, b, fixed, same }) => {
    const keyA = patternOf(a, rewriteAsCorrection(a, fixed![0])!).spec.key;
    const keyB = patternOf(b, rewriteAsCorrection(b, fixed![1])!).spec.key;
    expect(keyA === keyB, `${keyA} / ${keyB}`).toBe(same);
  });

  it('keys the checker\'s findings so that "same" pairs share an item and different ones never do', async () => {
    let shared = 0;
    let wronglyShared: string[] = [];
    const samePairs = KEYING_PAIRS.filter((p) => p.same);
    for (const pair of KEYING_PAIRS) {
      const [a, b] = await Promise.all([keysOf(pair.a), keysOf(pair.b)]);
      const same = b.some((key) => a.includes(key));
      if (same && pair.same) shared++;
      if (same && !pair.same) wronglyShared = [...wronglyShared, `${pair.a} / ${pair.b}`];
    }
    expect(wronglyShared).toEqual([]);
    // The checker misses a few mistakes outright (nothing to key); the rest must share their item.
    expect(shared / samePairs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names the pattern in words and the corrected form to invite', async () => {
    const text = 'I enjoyed to read it.';
    const [correction] = (await checker.check(text, 'en')).corrections;
    const { spec } = patternOf(text, correction!);
    expect(spec).toMatchObject({ family: 'verb-form', key: 'verb-form:enjoy:gerund', pattern: 'enjoy + to-infinitive → enjoy + -ing', corrected: 'enjoy reading' });
  });

  it('keys an unrecognised LLM finding by its type and lemmatised words', () => {
    const text = 'The weather was very hot, so we stayed in the house.';
    const start = text.indexOf('in the house');
    const { spec } = patternOf(text, { type: 'word_choice', original: 'in the house', corrected: 'at home', start, end: start + 12 });
    expect(spec).toMatchObject({ family: 'generic', key: 'word_choice:in the house→at home' });
  });
});
