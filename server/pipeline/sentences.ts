// Cuts the tutor's streamed reply into sentences as the tokens arrive, so each sentence can be
// spoken as soon as it is complete. Very short sentences ride with the next one (as LiveKit's
// tokenizer does, min 20 characters) so the voice does not stutter "Yes." "OK." apart.
const MIN_SENTENCE_CHARS = 20;
// A sentence ends at . ! ? (or …) followed by whitespace; not after common abbreviations.
const SENTENCE_END = /[.!?…]+["')\]]*\s+/g;
const ABBREVIATION = /\b(Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|vs|etc|e\.g|i\.e|U\.S|a\.m|p\.m)\.$/i;

export class SentenceSplitter {
  private buffer = '';

  /** Adds streamed text; returns the sentences it completed. */
  push(text: string): string[] {
    this.buffer += text;
    const sentences: string[] = [];
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(this.buffer); match; match = SENTENCE_END.exec(this.buffer)) {
      const end = match.index + match[0].length;
      const candidate = this.buffer.slice(start, end).trim();
      if (ABBREVIATION.test(this.buffer.slice(0, match.index + 1).trimEnd())) continue;
      if (candidate.length < MIN_SENTENCE_CHARS) continue;
      sentences.push(candidate);
      start = end;
    }
    this.buffer = this.buffer.slice(start);
    return sentences;
  }

  /** The rest of the reply when the stream ends. */
  flush(): string | null {
    const rest = this.buffer.trim();
    this.buffer = '';
    return rest.length > 0 ? rest : null;
  }
}
