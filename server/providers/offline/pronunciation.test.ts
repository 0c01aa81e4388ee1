import { describe, expect, it } from 'vitest';
import { assessTranscript, createOfflinePronunciation } from './pronunciation';

describe('offline pronunciation assessment', () => {
  it('scores a perfect reading 100 everywhere', () => {
    const result = assessTranscript('I like rice.', 'i like rice');
    expect(result).toEqual({
      accuracy: 100,
      fluency: 100,
      completeness: 100,
      pronunciation: 100,
      words: [
        { word: 'i', accuracy: 100, error: 'none' },
        { word: 'like', accuracy: 100, error: 'none' },
        { word: 'rice', accuracy: 100, error: 'none' },
      ],
    });
  });

  it('marks a skipped word as an omission and lowers completeness', () => {
    const result = assessTranscript('I really like rice', 'I like rice');
    expect(result.words.map((w) => w.error)).toEqual(['none', 'omission', 'none', 'none']);
    expect(result.words[1]).toEqual({ word: 'really', accuracy: 0, error: 'omission' });
    expect(result.completeness).toBe(75);
    expect(result.accuracy).toBe(100);
    expect(result.fluency).toBeLessThan(100);
  });

  it('marks an extra word as an insertion', () => {
    const result = assessTranscript('I like rice', 'I like uh rice');
    expect(result.words.map((w) => [w.word, w.error])).toEqual([
      ['i', 'none'],
      ['like', 'none'],
      ['uh', 'insertion'],
      ['rice', 'none'],
    ]);
    expect(result.completeness).toBe(100);
    expect(result.fluency).toBe(75);
  });

  it('gives partial accuracy to a near spelling and none to a different word', () => {
    const near = assessTranscript('I like rice', 'I like lice');
    expect(near.words[2]).toEqual({ word: 'rice', accuracy: 75, error: 'mispronunciation' });
    expect(near.completeness).toBe(67);
    const different = assessTranscript('I like rice', 'I like dog');
    expect(different.words[2]).toEqual({ word: 'rice', accuracy: 0, error: 'mispronunciation' });
    expect(near.accuracy).toBeGreaterThan(different.accuracy);
  });

  it('weights the pronunciation score from accuracy, fluency and completeness', () => {
    const result = assessTranscript('I like rice', 'I like lice');
    expect(result.pronunciation).toBe(Math.round(0.5 * result.accuracy + 0.25 * result.fluency + 0.25 * result.completeness));
  });

  it('scores silence as nothing said', () => {
    const result = assessTranscript('I like rice', '');
    expect(result.words.every((w) => w.error === 'omission')).toBe(true);
    expect(result).toMatchObject({ accuracy: 0, completeness: 0, fluency: 0, pronunciation: 0 });
  });

  it('is offered as an offline provider', async () => {
    const provider = createOfflinePronunciation();
    expect(provider.live).toBe(false);
    const result = await provider.assess({ referenceText: 'Good morning', transcript: 'good morning' }, new AbortController().signal);
    expect(result.pronunciation).toBe(100);
  });
});
