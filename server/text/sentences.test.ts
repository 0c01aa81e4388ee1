import { describe, expect, it } from 'vitest';
import { SentenceSplitter, splitSentences } from './sentences';

describe('the streamed reply splitter', () => {
  function splitStreamed(pieces: string[]): string[] {
    const splitter = new SentenceSplitter();
    const out = pieces.flatMap((piece) => splitter.push(piece));
    const rest = splitter.flush();
    return rest ? [...out, rest] : out;
  }

  it('gives each sentence once it is complete, token by token', () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push('That is a really good point about ')).toEqual([]);
    expect(splitter.push('the election. ')).toEqual([]); // the next sentence has not started yet
    expect(splitter.push('What do')).toEqual(['That is a really good point about the election.']);
    expect(splitter.flush()).toBe('What do');
  });

  it('keeps abbreviations, initials and initialisms inside their sentence, as the article splitter does', () => {
    const text = 'Mr. Kim met Dr. J. Park in the U.S. last year at 3 p.m. on Friday. They talked about the U.S. The talk went well.';
    const tokens = text.match(/\S+\s*/g) ?? [];
    expect(splitStreamed(tokens)).toEqual(splitSentences(text));
    expect(splitSentences(text)).toEqual([
      'Mr. Kim met Dr. J. Park in the U.S. last year at 3 p.m. on Friday.',
      'They talked about the U.S.',
      'The talk went well.',
    ]);
  });

  it('lets a very short sentence ride with the next one', () => {
    expect(splitStreamed(['Yes. ', 'I think so too, and here is why. ', 'Good.'])).toEqual([
      'Yes. I think so too, and here is why.',
      'Good.',
    ]);
  });

  it('splits across new lines', () => {
    expect(splitSentences('First line ends here.\nSecond one starts here.')).toEqual(['First line ends here.', 'Second one starts here.']);
  });
});
