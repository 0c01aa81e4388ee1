import { describe, expect, it } from 'vitest';
import { analyzeVideo, passagesOf } from './analyze';

describe('passagesOf', () => {
  it('joins caption fragments into passages that keep the first line\'s time', () => {
    const passages = passagesOf([
      { startSec: 9, text: 'a honey bee that finds flowers' },
      { startSec: 13, text: 'comes back to the hive and dances.' },
      { startSec: 20, text: 'The dance' },
    ]);
    expect(passages).toEqual([
      { startSec: 9, text: 'a honey bee that finds flowers comes back to the hive and dances.' },
      { startSec: 20, text: 'The dance' },
    ]);
  });
});

describe('analyzeVideo', () => {
  const timed = Array.from({ length: 40 }, (_, i) => `[${Math.floor(i / 6)}:${String((i * 10) % 60).padStart(2, '0')}] bees dance near the hive when they find flowers far away ${i}`).join('\n');
  const analysis = analyzeVideo('How bees talk - YouTube', timed);

  it('takes topics from the caption words, not the times', () => {
    expect(analysis.topic).toBe('How bees talk');
    expect(analysis.keyTerms).toContain('flowers');
    expect(analysis.keyTerms.join(' ')).not.toMatch(/\d/);
  });
  it('spreads at most 12 moments over the whole video, in order', () => {
    expect(analysis.moments).toHaveLength(12);
    const starts = analysis.moments.map((m) => m.startSec);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.at(-1)).toBeGreaterThan(300);
  });
  it('has no moments without captions', () => {
    expect(analyzeVideo('Title', '').moments).toEqual([]);
  });
});
