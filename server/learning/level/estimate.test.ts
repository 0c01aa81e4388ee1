// The level estimate on texts written for it, A1 to C1 (tests/fixtures/graded-learner-texts.ts):
// it orders them as a teacher would, gives no level below its minimum, and each of its steps
// (vocabulary, sentence length, errors) moves the estimate the way its header says.
import { describe, expect, it } from 'vitest';
import type { CefrLevel } from '../../../shared/review';
import { GRADED_TEXTS } from '../../../tests/fixtures/graded-learner-texts';
import { estimateLevel, MIN_WORDS } from './estimate';
import { lexicalProfile } from './lexical';
import { CEFR_LEVELS, vocabularyProfile } from './vocabulary-profile';

const profile = vocabularyProfile();
const rank = (level: CefrLevel | null) => (level === null ? -1 : CEFR_LEVELS.indexOf(level));
const estimateOf = (texts: string[], errors = 0) => estimateLevel(profile, texts.map((text, i) => ({ text, errors: i === 0 ? errors : 0 })));

describe('level estimate', () => {
  const grades = Object.keys(GRADED_TEXTS) as (keyof typeof GRADED_TEXTS)[];

  it('places each level’s talk at that level, in order from A1 to C1', () => {
    const estimates = grades.map((grade) => estimateOf(GRADED_TEXTS[grade]).level);
    expect(estimates).toEqual(grades);
  });

  it('puts every single text within one level of its grade, and short A1 talk below long C1 prose', () => {
    for (const grade of grades) {
      for (const text of GRADED_TEXTS[grade]) {
        const { level } = estimateOf([text]);
        expect(Math.abs(rank(level) - rank(grade)), `${grade}: ${text.slice(0, 40)}… → ${level}`).toBeLessThanOrEqual(1);
      }
    }
    const a1 = GRADED_TEXTS.A1.map((text) => rank(estimateOf([text]).level));
    const c1 = GRADED_TEXTS.C1.map((text) => rank(estimateOf([text]).level));
    expect(Math.max(...a1)).toBeLessThan(Math.min(...c1));
  });

  it('gives no level and no confidence below the minimum of words', () => {
    const short = 'I like dogs. My dog is big. He runs in the park every day with me.';
    const estimate = estimateOf([short]);
    expect(estimate.basedOnWords).toBe(16);
    expect(estimate.basedOnWords).toBeLessThan(MIN_WORDS);
    expect(estimate).toMatchObject({ level: null, confidence: 0 });
  });

  it('grows more confident with more words, never certain', () => {
    const one = estimateOf(GRADED_TEXTS.B1.slice(0, 1)).confidence;
    const five = estimateOf(GRADED_TEXTS.B1).confidence;
    const many = estimateOf(Array.from({ length: 30 }, (_, i) => GRADED_TEXTS.B1[i % 5]!)).confidence;
    expect(one).toBeGreaterThan(0);
    expect(five).toBeGreaterThan(one);
    expect(many).toBeGreaterThan(five);
    expect(many).toBeLessThan(1);
  });

  it('goes one level down for every 10 errors per 100 words', () => {
    const texts = GRADED_TEXTS.B2;
    const words = estimateOf(texts).basedOnWords;
    expect(estimateOf(texts, Math.ceil(words * 0.05)).level).toBe('B2');
    expect(estimateOf(texts, Math.ceil(words * 0.1)).level).toBe('B1');
    expect(estimateOf(texts, Math.ceil(words * 0.2)).level).toBe('A2');
    expect(estimateOf(texts, words).level, 'at most two levels').toBe('A2');
  });

  it('goes one level down when advanced words come in fragments', () => {
    const fragments = 'Genuine concern. Wealthy investors. Urban residents. Affordable rentals. Profitable hospitality. ';
    const prose = GRADED_TEXTS.B2.join(' ');
    expect(estimateOf([prose]).level).toBe('B2');
    const chopped = estimateOf([fragments.repeat(5)]);
    expect(chopped.lexicalLevel).toBe('B2');
    expect(chopped.wordsPerSentence).toBe(2);
    expect(chopped.level).toBe('B1');
  });
});

describe('looking words up', () => {
  const levels = (text: string) => lexicalProfile(profile, text).contentWords.map((w) => [w.lemma, w.level === null ? null : CEFR_LEVELS[w.level]]);

  it('finds inflected words by their lemma, not by trimming suffixes', () => {
    expect(levels('She went home.')).toContainEqual(['go', 'A1']);
    expect(levels('The children were happier.')).toEqual(expect.arrayContaining([['child', 'A1'], ['happy', 'A1']]));
    expect(levels('Their analyses were convincing.')).toEqual(expect.arrayContaining([['analysis', 'B1'], ['convince', 'B1']]));
  });

  it('reads every spelling of a headword and expressions of several words', () => {
    expect(levels('We analyse it and they analyze it.').map(([, level]) => level)).toEqual(['B1', 'B1']);
    expect(levels('Climate change worries me.')).toContainEqual(['climate change', 'B2']);
  });

  it('leaves function words and names out, and marks words neither list has', () => {
    expect(levels('Minji and I were in Seoul with them, and Gwangju.')).toEqual([]);
    expect(levels('The loopholes were exploited.')).toEqual([['loophole', null], ['exploit', 'B2']]);
  });
});
