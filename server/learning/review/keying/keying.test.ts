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

  // The fourth round's rules: one construction in two sentences is one item, whatever its words;
  // another Konglish word, another governing verb or another construction is another item.
  it.each([
    ['He was caught cunning on the midterm exam.', 'Cunning is very common in some online tests.', true],
    ['I walk on the running machine every day.', 'The running machines at my gym are always busy.', true],
    ['There is too much skinship in this new drama.', 'She wore a black one-piece to the interview.', false],
    ['My son is already taller as me.', 'Osaka was much more crowded as I expected.', true],
    ['Everyone laughed me when I fell on the ice.', "Please don't laugh my accent.", true],
    ['The waiter apologized us for the mistake.', 'Many parents complained the new school rules.', false],
    ['I asked to my teacher about the homework.', "Don't tell to anyone about the surprise party.", false],
    ['I hope you to enjoy your stay in Korea.', 'My parents hope me to find a stable job.', true],
    ['The woman which helped me at the airport was from Jeju.', 'I have a cousin which works for Hyundai in Ulsan.', true],
    ['I know a restaurant sells amazing naengmyeon near here.', 'There are many students want to join the dance club.', true],
    ['I studied in the library during three hours.', 'During I was in Japan, I ate ramen every day.', false],
    ["I'll call you as soon as I will land in Tokyo.", 'When my brother will finish his military service, he wants to travel.', true],
    ['You should eat this medicine three times a day.', 'Can I make a photo with you?', false],
  ] as const)('keys the checker\'s findings of "%s" and "%s" as one item: %s', async (a, b, same) => {
    const [keysA, keysB] = await Promise.all([keysOf(a), keysOf(b)]);
    expect(keysA.length > 0 && keysB.length > 0, `${keysA} / ${keysB}`).toBe(true);
    expect(keysB.some((key) => keysA.includes(key)), `${keysA} / ${keysB}`).toBe(same);
  });

  it('keys a Konglish word by the learner\'s word, in the singular, whatever replaced it', async () => {
    expect(await keysOf('Two students were caught cunning during the final exam.')).toEqual(['konglish:cunning']);
    expect(await keysOf('The running machines were all busy.')).toEqual(['konglish:running machine']);
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
