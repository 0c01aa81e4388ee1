import { describe, expect, it } from 'vitest';
import { alignWords, normaliseWords, spellingSimilarity } from './word-alignment';

describe('normaliseWords', () => {
  it('ignores case and punctuation, keeps apostrophes inside words, splits hyphens', () => {
    expect(normaliseWords('Don’t stop, well-known "Robots"!')).toEqual(["don't", 'stop', 'well', 'known', 'robots']);
  });
});

describe('spellingSimilarity', () => {
  it('is 1 for the same word and lower the more the spelling differs', () => {
    expect(spellingSimilarity('rice', 'rice')).toBe(1);
    expect(spellingSimilarity('rice', 'lice')).toBe(0.75);
    expect(spellingSimilarity('rice', 'dog')).toBe(0);
  });
});

describe('alignWords', () => {
  it('pairs a near spelling with its word rather than a neighbour', () => {
    expect(alignWords(['the', 'quick', 'brown', 'fox'], ['the', 'quack', 'fox']).map((a) => a.kind)).toEqual([
      'match',
      'substitution',
      'omission',
      'match',
    ]);
  });
});
