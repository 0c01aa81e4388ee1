// Sentence boundaries, one rule for everything the server cuts into sentences: article text (the
// tutor's material) and the tutor's streamed reply (each sentence is spoken as soon as it ends).
// A full stop ends a sentence unless it closes an abbreviation ("Mr.", "e.g."), an initial
// ("John F. Kennedy") or an initialism ("U.S."); decimals ("3.5") never split because no space
// follows their point.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft vs etc e.g i.e inc ltd co corp gen gov sen rep rev sgt capt col lt
no nos fig vol pp approx dept est jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m`.split(/\s+/),
);
// Words that start a new sentence often enough that "U.S. The" is two sentences.
const SENTENCE_STARTERS = new Set(
  `the a an it he she they we i this that these those but and so in on at there its his her their our
after before when while however meanwhile still yet`.split(/\s+/),
);
const CLOSERS = `"'\u201D\u2019)]`;
const OPENERS = `"'\u201C\u2018([`;
const TERMINALS = '.!?\u2026';
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Whether the terminal at `dot`, followed by whitespace, ends a sentence; null until the next word has arrived. */
function isBoundary(text: string, dot: number, next: number): boolean | null {
  const nextChar = text[next];
  if (nextChar === undefined) return null;
  if (!/[A-Z0-9]/.test(nextChar) && !OPENERS.includes(nextChar)) return false;
  if (text[dot] !== '.') return true;
  const wordStart = Math.max(text.lastIndexOf(' ', dot), text.lastIndexOf('\n', dot)) + 1;
  const word = text.slice(wordStart, dot).replace(/^[("'\u201C\u2018[]+/, '');
  if (/^[A-Z]$/.test(word)) return false;
  const rest = text.slice(next).replace(/^["'\u201C\u2018([]+/, '');
  const nextWord = (/^[\w']+/.exec(rest)?.[0] ?? '').toLowerCase();
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    if (nextWord.length === rest.length) return null; // the next word may still be arriving
    return SENTENCE_STARTERS.has(nextWord);
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The end offsets (exclusive, after any closing quote) of the sentences that are known to be
 * complete: a boundary needs the start of the next sentence, so text still arriving ends open.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!TERMINALS.includes(text[i] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.includes(text[end] ?? '') || TERMINALS.includes(text[end] ?? ''))) end++;
    if (!isSpace(text[end])) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (isSpace(text[next])) next++;
    const boundary = isBoundary(text, i, next);
    if (boundary === null) break;
    if (boundary) ends.push(end);
    i = end;
  }
  return ends;
}

/** Splits a whole text into sentences, in order, each trimmed. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// Very short sentences ride with the next one (as LiveKit's tokenizer does, min 20 characters) so
// the voice does not stutter "Yes." "OK." apart.
const MIN_SPOKEN_SENTENCE_CHARS = 20;

/** Cuts a streamed text into sentences as it arrives. */
export class SentenceSplitter {
  private buffer = '';

  /** Adds streamed text; returns the sentences it completed. */
  push(text: string): string[] {
    this.buffer += text;
    const sentences: string[] = [];
    let start = 0;
    for (const end of sentenceEnds(this.buffer)) {
      const candidate = this.buffer.slice(start, end).trim();
      if (candidate.length < MIN_SPOKEN_SENTENCE_CHARS) continue;
      sentences.push(candidate);
      start = end;
    }
    this.buffer = this.buffer.slice(start);
    return sentences;
  }

  /** The rest of the text when the stream ends. */
  flush(): string | null {
    const rest = this.buffer.trim();
    this.buffer = '';
    return rest.length > 0 ? rest : null;
  }
}
