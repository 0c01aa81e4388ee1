import { describe, expect, it } from 'vitest';
import { analyzeArticle, cleanArticleText, cleanTitle, keyPhraseOf, pickKeyTerms, splitSentences } from './index';
import { FARMING_TEXT, FARMING_TITLE } from './fixture.test-data';

describe('cleanArticleText', () => {
  it('collapses indentation, line breaks and invisible characters', () => {
    expect(cleanArticleText('  Hello\n\n   wor\u200Bld.\t Bye.  ')).toBe('Hello world. Bye.');
  });
});

describe('cleanTitle', () => {
  it('drops the site name after a separator', () => {
    expect(cleanTitle('Rice prices rise again | BBC News')).toBe('Rice prices rise again');
    expect(cleanTitle('Rice prices rise again - The Times')).toBe('Rice prices rise again');
  });
  it('keeps a title that only looks split', () => {
    expect(cleanTitle('Covid-19 and schools')).toBe('Covid-19 and schools');
  });
});

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(splitSentences('It rained. Did you see it? Wow! Then it stopped.')).toEqual([
      'It rained.',
      'Did you see it?',
      'Wow!',
      'Then it stopped.',
    ]);
  });
  it('does not split after titles, initials or inside decimals', () => {
    expect(splitSentences('Mr. Kim paid $3.50 for it. Dr. J. Park agreed.')).toEqual([
      'Mr. Kim paid $3.50 for it.',
      'Dr. J. Park agreed.',
    ]);
  });
  it('keeps "U.S." inside a sentence but ends the sentence when a new one starts after it', () => {
    expect(splitSentences('The U.S. Senate voted. He moved to the U.S. The next year he left.')).toEqual([
      'The U.S. Senate voted.',
      'He moved to the U.S.',
      'The next year he left.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('She said, "It works." Then she left.')).toEqual(['She said, "It works."', 'Then she left.']);
  });
  it('keeps a last sentence without a full stop', () => {
    expect(splitSentences('One. Two without a stop')).toEqual(['One.', 'Two without a stop']);
  });
});

describe('pickKeyTerms', () => {
  it('ranks repeated content words and multi-word names, without stopwords', () => {
    const terms = analyzeArticle(FARMING_TITLE, FARMING_TEXT).keyTerms;
    expect(terms.slice(0, 2)).toEqual(['farmers', 'robots']);
    expect(terms).toContain('Department of Agriculture');
    expect(terms).toContain('rice');
    expect(terms).not.toContain('says');
    expect(terms).not.toContain('the');
    expect(terms.length).toBeGreaterThanOrEqual(3);
    expect(terms.length).toBeLessThanOrEqual(8);
  });
  it('gives at least three terms when the text has them, even if none repeats', () => {
    expect(pickKeyTerms('', ['Penguins swim quickly through freezing water near the coast of Chile.'])).toHaveLength(3);
  });
  it('keeps acronyms and names capitalised', () => {
    const terms = pickKeyTerms('', ['Many schools use AI now.', 'Teachers at Seoul schools like AI.', 'AI helps Seoul.']);
    expect(terms).toContain('AI');
    expect(terms).toContain('Seoul');
    expect(terms).toContain('schools');
  });
});

describe('key terms as the tutor says them', () => {
  const text = [
    'The president met farmers on Monday.',
    'The president said the new tax would help families.',
    'Critics said the tax was unfair to small farms.',
    'Officials announced the plan in Washington.',
    'Officials announced more help for farms in Iowa.',
    'Robots and drones were shown at the fair.',
    'One robot picked apples.',
  ];
  const analysis = analyzeArticle('', text.join('\n'));
  const phraseOf = (term: string) => analysis.keyPhrases[analysis.keyTerms.indexOf(term)];

  it('keeps only nouns, not the verbs and adjectives an article repeats', () => {
    expect(analysis.keyTerms).toContain('president');
    expect(analysis.keyTerms).not.toContain('announced');
    expect(analysis.keyTerms).not.toContain('new');
  });
  it('gives a singular count noun the article\'s "the", and says the others in the plural', () => {
    expect(phraseOf('president')).toBe('the president');
    expect(phraseOf('tax')).toBe('the tax');
    expect(phraseOf('farms')).toBe('farms');
    expect(keyPhraseOf('robot', 'A robot picked apples. Another robot sorted them.')).toBe('robots');
    expect(keyPhraseOf('rice', 'Rice is expensive. Farmers grow rice.')).toBe('rice');
    expect(keyPhraseOf('Federal Reserve', 'The Federal Reserve met. Later the Federal Reserve spoke.')).toBe('the Federal Reserve');
    expect(keyPhraseOf('Tesla', 'Tesla sold cars. Shares of Tesla fell.')).toBe('Tesla');
  });
});

describe('sentences from lines', () => {
  it('keeps a heading or a caption apart from the sentence after it', () => {
    const analysis = analyzeArticle('', 'Storm hits the coast\nPhoto: Kim Min-ji / Example News\nThe storm closed three ports on Monday.\nFishing boats stayed in the harbour.');
    expect(analysis.sentences).toEqual([
      'Storm hits the coast',
      'Photo: Kim Min-ji / Example News',
      'The storm closed three ports on Monday.',
      'Fishing boats stayed in the harbour.',
    ]);
  });
  it('leaves out the ads Readability keeps inside an article', () => {
    const analysis = analyzeArticle('', 'The festival opens on Friday.\nAdvertisement\nBook your flight to Jeju now and save 20%!\nSponsored The best hotels of 2026\nSponsored by the city, the festival is free this year.');
    expect(analysis.sentences).toEqual(['The festival opens on Friday.', 'Sponsored by the city, the festival is free this year.']);
  });
  it('joins the wrapped lines of one paragraph', () => {
    const analysis = analyzeArticle('', 'The Department of Agriculture says\n   labour shortages have grown every year.');
    expect(analysis.sentences).toEqual(['The Department of Agriculture says labour shortages have grown every year.']);
  });
});

describe('analyzeArticle', () => {
  const analysis = analyzeArticle(FARMING_TITLE, FARMING_TEXT);

  it('drops the headline Readability repeats at the start of the text', () => {
    expect(analysis.sentences[0]).toBe('In Japan, a growing number of farmers now use robots to plant and harvest rice.');
  });
  it('uses the cleaned title as the topic', () => {
    expect(analysis.topic).toBe('Robots are changing how farmers grow rice');
  });
  it('names the key terms as the topic when the page has no title', () => {
    const untitled = analyzeArticle('', FARMING_TEXT);
    expect(untitled.topic).toBe(`${untitled.keyTerms[0]} and ${untitled.keyTerms[1]}`);
    expect(untitled.keyTerms.slice(0, 2).sort()).toEqual(['farmers', 'robots']);
  });
  it('picks medium-length discussable sentences about the key terms, in article order', () => {
    expect(analysis.discussable.length).toBeGreaterThanOrEqual(3);
    expect(analysis.discussable).not.toContain('Farmers in the U.S. are watching closely.');
    const positions = analysis.discussable.map((s) => analysis.sentences.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0)).toBe(true);
  });
  it('handles an empty page as free conversation', () => {
    expect(analyzeArticle('', '  \n ')).toEqual({
      title: '',
      sentences: [],
      keyTerms: [],
      keyPhrases: [],
      topic: 'Free conversation',
      discussable: [],
    });
  });
  it('is deterministic', () => {
    expect(analyzeArticle(FARMING_TITLE, FARMING_TEXT)).toEqual(analysis);
  });
  it('analyses 20,000 characters in under 10 ms', () => {
    const long = FARMING_TEXT.repeat(Math.ceil(20_000 / FARMING_TEXT.length)).slice(0, 20_000);
    // Median of several warm runs, so one garbage collection on a busy machine does not fail it.
    for (let i = 0; i < 5; i++) analyzeArticle(FARMING_TITLE, long);
    const timesMs = Array.from({ length: 9 }, () => {
      const started = performance.now();
      analyzeArticle(FARMING_TITLE, long);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    expect(timesMs[4]).toBeLessThan(10);
  });
});
