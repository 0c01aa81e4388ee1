// A learner's text tagged once by compromise, with each word's offsets in the text, so the rules'
// patterns can ask what a matched word is in its sentence (a singular noun, a base verb, ...).
import { tagTerms } from './compromise';

export interface TaggedWord {
  /** The word as written (a contraction such as "don't" is one word). */
  text: string;
  start: number;
  end: number;
  /** compromise's tags in context: Noun, Singular, Plural, Uncountable, Verb, Infinitive, ... */
  tags: ReadonlySet<string>;
}

export interface TaggedText {
  text: string;
  words: readonly TaggedWord[];
  /** The word that starts at this offset, if any. */
  wordAt(start: number): TaggedWord | undefined;
  /** The word after the given one in the text, if any. */
  next(word: TaggedWord): TaggedWord | undefined;
  /** The word before the given one in the text, if any. */
  previous(word: TaggedWord): TaggedWord | undefined;
}

export function tagText(text: string): TaggedText {
  const words: TaggedWord[] = [];
  let cursor = 0;
  for (const sentence of tagTerms(text)) {
    for (const term of sentence) {
      // The second half of a contraction ("not" in "don't") has no text of its own.
      if (term.text === '') continue;
      // compromise keeps every character in a term's text, pre or post; search forward anyway so
      // a normalisation it might make never misplaces a word.
      const start = text.indexOf(term.text, cursor);
      if (start < 0) continue;
      const end = start + term.text.length;
      words.push({ text: term.text, start, end, tags: term.tags });
      cursor = end;
    }
  }
  const byStart = new Map(words.map((word, index) => [word.start, index]));
  return {
    text,
    words,
    wordAt: (start) => {
      const index = byStart.get(start);
      return index === undefined ? undefined : words[index];
    },
    next: (word) => {
      const index = byStart.get(word.start);
      return index === undefined ? undefined : words[index + 1];
    },
    previous: (word) => {
      const index = byStart.get(word.start);
      return index === undefined ? undefined : words[index - 1];
    },
  };
}
