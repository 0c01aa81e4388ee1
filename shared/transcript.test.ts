import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimedLines, timedLineText, withoutTimestamps } from './transcript';

describe('timed transcript text', () => {
  it('formats minutes and hours', () => {
    expect(formatTimestamp(0)).toBe('0:00');
    expect(formatTimestamp(192.7)).toBe('3:12');
    expect(formatTimestamp(3792)).toBe('1:03:12');
  });
  it('reads back what it wrote, also after line breaks were collapsed', () => {
    const lines = [{ startSec: 4, text: 'Bees dance.' }, { startSec: 3792, text: 'The end [applause]' }];
    const text = lines.map(timedLineText).join('\n');
    expect(parseTimedLines(text)).toEqual(lines);
    expect(parseTimedLines(text.replace(/\n/g, ' '))).toEqual(lines);
  });
  it('leaves only the words for analysis', () => {
    expect(withoutTimestamps('[0:04] Bees [1:02:03] dance').replace(/\s+/g, ' ').trim()).toBe('Bees dance');
  });
});
