import { describe, expect, it } from 'vitest';
import { SpokenPieceSplitter } from './first-clause';

const feed = (splitter: SpokenPieceSplitter, text: string) => {
  const pieces: string[] = [];
  for (const token of text.match(/\s*\S+/g) ?? []) pieces.push(...splitter.push(token));
  const rest = splitter.flush();
  return rest ? [...pieces, rest] : pieces;
};

const REPLY = 'That is a great point about the robots, which now help older farmers plant rice. Do you agree, or not?';

describe('SpokenPieceSplitter', () => {
  it('speaks the first clause of a streamed turn alone, then whole sentences', () => {
    expect(feed(new SpokenPieceSplitter({ firstClauseAtOnce: true }), REPLY)).toEqual([
      'That is a great point about the robots,',
      'which now help older farmers plant rice.',
      'Do you agree, or not?',
    ]);
  });

  it('waits for a clause of at least 30 characters, else the sentence', () => {
    expect(feed(new SpokenPieceSplitter({ firstClauseAtOnce: true }), 'Yes, I see. That is a good point about farming, really.')).toEqual([
      'Yes, I see. That is a good point about farming,',
      'really.',
    ]);
    expect(feed(new SpokenPieceSplitter({ firstClauseAtOnce: true }), 'Robots plant rice in the flooded fields now. Great!')).toEqual(['Robots plant rice in the flooded fields now.', 'Great!']);
  });

  it('ends the first clause on the token that closes it, not on the token after', () => {
    const splitter = new SpokenPieceSplitter({ firstClauseAtOnce: true });
    const tokens = ['That', ' is', ' a', ' great', ' point', ' about', ' the', ' robots', ','];
    expect(tokens.flatMap((token) => splitter.push(token))).toEqual(['That is a great point about the robots,']);
  });

  it('waits after a digit: the comma may be inside a number', () => {
    const splitter = new SpokenPieceSplitter({ firstClauseAtOnce: true });
    const tokens = ['The', ' farmers', ' planted', ' more', ' than', ' 1', ','];
    expect(tokens.flatMap((token) => splitter.push(token))).toEqual([]);
    expect(splitter.push('000')).toEqual([]);
    expect(splitter.push(' fields')).toEqual([]);
    expect(splitter.push(',')).toEqual(['The farmers planted more than 1,000 fields,']);
  });

  it('keeps whole sentences for other turns', () => {
    expect(feed(new SpokenPieceSplitter({ firstClauseAtOnce: false }), REPLY)).toEqual([
      'That is a great point about the robots, which now help older farmers plant rice.',
      'Do you agree, or not?',
    ]);
  });
});
