// Cuts the tutor's streamed reply into the pieces that are spoken: sentences as they complete
// and, for a streamed turn, the first clause on its own as soon as it ends, so the voice starts
// before the whole first sentence is written. A clause ends at a comma, semicolon, colon or dash
// followed by a space, and only counts from ~30 characters: shorter pieces sound chopped.
// A mark right after a word ends the clause the moment it arrives ("robots,"), without waiting
// for the next token's space: one token sooner (~20 ms) to the voice. After a digit it waits,
// since "1,000" and "1990\u20132000" go on.
import { SentenceSplitter } from './sentences';

export const MIN_FIRST_CLAUSE_CHARS = 30;
const CLAUSE_END = /[,;:\u2013\u2014](?=\s|$)/g;
const AFTER_WORD = /[\p{L}'"\u2019\u201D)]$/u;

/** The end (exclusive) of the first clause of at least MIN_FIRST_CLAUSE_CHARS in `text`, if complete. */
export function firstClauseEnd(text: string): number | null {
  for (const match of text.matchAll(CLAUSE_END)) {
    const end = match.index + 1;
    if (end === text.length && !AFTER_WORD.test(text.slice(0, match.index))) continue;
    if (text.slice(0, end).trim().length >= MIN_FIRST_CLAUSE_CHARS) return end;
  }
  return null;
}

export class SpokenPieceSplitter {
  private sentences = new SentenceSplitter();
  /** The reply so far while nothing has been spoken yet; null after the first piece. */
  private head: string | null;

  constructor(options: { firstClauseAtOnce: boolean }) {
    this.head = options.firstClauseAtOnce ? '' : null;
  }

  /** Adds streamed text; returns the pieces to speak now. */
  push(text: string): string[] {
    if (this.head === null) return this.sentences.push(text);
    this.head += text;
    const done = this.sentences.push(text);
    if (done.length > 0) {
      this.head = null;
      return done;
    }
    const end = firstClauseEnd(this.head);
    if (end === null) return [];
    const clause = this.head.slice(0, end).trim();
    const rest = this.head.slice(end);
    this.head = null;
    this.sentences = new SentenceSplitter();
    return [clause, ...this.sentences.push(rest)];
  }

  flush(): string | null {
    return this.sentences.flush();
  }
}
