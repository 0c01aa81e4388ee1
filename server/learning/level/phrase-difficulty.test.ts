// A saved phrase is as hard as its hardest word in the vocabulary profile.
import { describe, expect, it } from 'vitest';
import { phraseDifficulty } from './phrase-difficulty';

describe('phrase difficulty', () => {
  it('is the highest level among the phrase’s content words', () => {
    expect(phraseDifficulty('a big dog')).toBe('A1');
    expect(phraseDifficulty('a comfortable house')).toBe('A2');
    expect(phraseDifficulty('reduce pollution')).toBe('B1');
    expect(phraseDifficulty('affordable housing for residents')).toBe('B2');
    expect(phraseDifficulty('scrutinise the evidence')).toBe('C1');
    expect(phraseDifficulty('a tenuous premise')).toBe('C1');
  });

  it('reads inflected words by their lemma and listed expressions whole', () => {
    expect(phraseDifficulty('the children went home')).toBe('A1');
    expect(phraseDifficulty('fighting climate change')).toBe('B2');
  });

  it('is A1 for a phrase of function words only', () => {
    expect(phraseDifficulty('to them and for us')).toBe('A1');
  });
});
