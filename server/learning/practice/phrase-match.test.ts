import { describe, expect, it } from 'vitest';
import { findPhraseUse } from './phrase-match';

const used = (sentence: string, phrase: string) => {
  const match = findPhraseUse(sentence, phrase);
  return match ? sentence.slice(match.start, match.end) : null;
};

describe('findPhraseUse', () => {
  it('finds the phrase as written, ignoring case and punctuation', () => {
    expect(used('I want to TAKE PART IN the race!', 'take part in')).toBe('TAKE PART IN');
  });

  it.each([
    ['I took part in the marathon last year.', 'take part in', 'took part in'],
    ['She takes part in every meeting.', 'take part in', 'takes part in'],
    ['We are taking part in a study.', 'take part in', 'taking part in'],
    ['I take part in the club.', 'took part in', 'take part in'],
    ['He broke the ice with a joke.', 'break the ice', 'broke the ice'],
    ['Breaking the ice is hard.', 'break the ice', 'Breaking the ice'],
    ['The ice was broken quickly.', 'be broken', 'was broken'],
    ['She studied hard for it.', 'study hard', 'studied hard'],
    ['They are stopping by later.', 'stop by', 'stopping by'],
    ['He gave up smoking.', 'give up', 'gave up'],
    ['It was raining cats and dogs.', 'rain cats and dogs', 'raining cats and dogs'],
  ])('accepts an inflection: %s', (sentence, phrase, expected) => {
    expect(used(sentence, phrase)).toBe(expected);
  });

  it('accepts any possessive or reflexive for the one in the phrase', () => {
    expect(used('Finally I made up my mind.', "make up one's mind")).toBe('made up my mind');
    expect(used('They enjoyed themselves a lot.', 'enjoy yourself')).toBe('enjoyed themselves');
  });

  it('lets a few words stand in for someone or something', () => {
    expect(used('Can you give my brother a hand?', 'give someone a hand')).toBe('give my brother a hand');
    // The shortest stand-in wins, so a trailing placeholder covers one word.
    expect(used('I look forward to the summer holiday.', 'look forward to something')).toBe('look forward to the');
  });

  it('accepts an object pronoun inside a phrasal verb', () => {
    expect(used('Please turn it off now.', 'turn off')).toBe('turn it off');
  });

  it('curly apostrophes count as straight ones', () => {
    expect(used('I can\u2019t wait to see it.', "can't wait")).toBe('can\u2019t wait');
  });

  it.each([
    ['I took a part in the race.', 'take part in'],
    ['I broke the glass.', 'break the ice'],
    ['The ice broke.', 'break the ice'],
    ['Part in take I did.', 'take part in'],
    ['Take part on it.', 'take part in'],
    ['I saw as many as ten.', 'a'],
  ])('rejects a sentence without the phrase: %s', (sentence, phrase) => {
    expect(findPhraseUse(sentence, phrase)).toBeNull();
  });

  it('finds nothing for an empty phrase', () => {
    expect(findPhraseUse('Anything at all.', ' ... ')).toBeNull();
  });
});
