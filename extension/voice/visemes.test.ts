import { describe, expect, it } from 'vitest';
import { alignmentToCues, estimateAlignment, visemeAt, wordToCues, cuesDurationMs } from './visemes';
import { normaliseAlignment } from '../conversation/server-events';

describe('alignment to mouth shapes', () => {
  it('follows the server alignment letter by letter and rests in gaps', () => {
    const cues = alignmentToCues({ chars: ['m', 'a', ' ', 'o'], startsMs: [0, 100, 200, 300], endsMs: [100, 200, 300, 400] });
    expect(visemeAt(cues, 50)).toBe('closed');
    expect(visemeAt(cues, 150)).toBe('open');
    expect(visemeAt(cues, 250)).toBe('rest');
    expect(visemeAt(cues, 350)).toBe('round');
    expect(visemeAt(cues, 1000)).toBe('rest');
  });

  it('merges runs of the same shape so the mouth does not flicker', () => {
    const cues = alignmentToCues({ chars: ['s', 't', 'd'], startsMs: [0, 50, 100], endsMs: [50, 100, 150] });
    expect(cues).toEqual([{ startMs: 0, endMs: 150, viseme: 'teeth' }]);
  });

  it('reads the server alignment in seconds', () => {
    const alignment = normaliseAlignment({ characters: ['a'], startTimesSec: [0.5], endTimesSec: [0.75] });
    expect(alignment).toEqual({ chars: ['a'], startsMs: [500], endsMs: [750] });
  });

  it('spreads a speech-synthesis word boundary over the word', () => {
    const cues = wordToCues('mama', 1000, 400);
    expect(visemeAt(cues, 1050)).toBe('closed');
    expect(visemeAt(cues, 1150)).toBe('open');
    expect(cuesDurationMs(cues)).toBe(1400);
  });

  it('estimates timings for a whole reply', () => {
    const cues = alignmentToCues(estimateAlignment('Hello there', 50));
    expect(cuesDurationMs(cues)).toBe(550);
  });
});
