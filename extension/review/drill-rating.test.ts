import { describe, expect, it } from 'vitest';
import { RATING_THRESHOLDS, drillTarget, ratingFor, scoreDrillAnswer } from './drill-rating';

const enjoyed = { reference: 'I enjoyed reading it.', original: 'I enjoyed to read it.' };

describe('drill rating', () => {
  it('rates the corrected sentence word for word as easy', () => {
    expect(scoreDrillAnswer(enjoyed, 'I enjoyed reading it')).toMatchObject({ score: 100, rating: 'easy', sameMistake: false });
  });

  it('rates the learner repeating their own mistake as again', () => {
    const result = scoreDrillAnswer(enjoyed, 'I enjoyed to read it.');
    expect(result.sameMistake).toBe(true);
    expect(result.rating).toBe('again');
  });

  it('rates again when the fixed word is missing even if every other word is right', () => {
    const long = { reference: 'Yesterday after school my little sister and I enjoyed reading it together.', original: 'Yesterday after school my little sister and I enjoyed read it together.' };
    const result = scoreDrillAnswer(long, 'Yesterday after school my little sister and I enjoyed read it together');
    expect(result.score).toBeGreaterThanOrEqual(RATING_THRESHOLDS.good);
    expect(result.rating).toBe('again');
  });

  it('rates again when a word the correction removed comes back', () => {
    const discussed = { reference: 'We discussed it.', original: 'We discussed about it.' };
    expect(scoreDrillAnswer(discussed, 'We discussed about it').rating).toBe('again');
    expect(scoreDrillAnswer(discussed, 'We discussed it').rating).toBe('easy');
  });

  it('forgives a typo outside the corrected words as good, and a missing word as hard', () => {
    const swim = { reference: 'She enjoys swimming in the sea every summer.', original: 'She enjoy swimming in the sea every summer.' };
    expect(scoreDrillAnswer(swim, 'She enjoys swimming in the see every summer')).toMatchObject({ rating: 'good', sameMistake: false });
    expect(scoreDrillAnswer(swim, 'She enjoys swimming in sea summer')).toMatchObject({ rating: 'hard', sameMistake: false });
  });

  it('rates an empty or unrelated answer as again', () => {
    expect(scoreDrillAnswer(enjoyed, '').rating).toBe('again');
    expect(scoreDrillAnswer({ reference: 'break the ice', original: null }, 'hello there friend').rating).toBe('again');
  });

  it('maps scores to ratings at the documented thresholds', () => {
    expect([0, 64, 65, 84, 85, 99, 100].map((score) => ratingFor(score, false))).toEqual(['again', 'again', 'hard', 'hard', 'good', 'good', 'easy']);
    expect(ratingFor(100, true)).toBe('again');
  });

  it('drills a mistake as the corrected sentence, beside the learner’s own sentence it corrects, and a phrase as the phrase', () => {
    const first = { messageId: 'm1', text: 'I enjoyed to read it.', audioUrl: '/media/u/first.wav' };
    const latest = { messageId: 'm2', text: 'She enjoys to swim.', audioUrl: null };
    const item = { kind: 'mistake', corrected: 'enjoys swimming', correctedSentence: 'She enjoys swimming.' } as const;
    expect(drillTarget({ ...item, examples: [first, latest] })).toEqual({ reference: 'She enjoys swimming.', original: 'She enjoys to swim.', audioUrl: null });
    expect(drillTarget({ ...item, correctedSentence: 'I enjoyed reading it.', examples: [first, latest] })).toEqual({
      reference: 'I enjoyed reading it.',
      original: 'I enjoyed to read it.',
      audioUrl: '/media/u/first.wav',
    });
    expect(drillTarget({ kind: 'phrase', corrected: 'break the ice', correctedSentence: null, examples: [] })).toEqual({ reference: 'break the ice', original: null, audioUrl: null });
  });
});
