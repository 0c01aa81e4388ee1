// Sentence splitting for article text: a full stop ends a sentence unless it closes an
// abbreviation ("Mr.", "e.g."), an initial ("John F. Kennedy") or an initialism ("U.S."),
// and decimals ("3.5") never split because no space follows their point.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft vs etc e.g i.e inc ltd co corp gen gov sen rep rev sgt capt col lt
no nos fig vol pp approx dept est jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);
// Words that start a new sentence often enough that "U.S. The" is two sentences.
const SENTENCE_STARTERS = new Set(
  `the a an it he she they we i this that these those but and so in on at there its his her their our
after before when while however meanwhile still yet`.split(/\s+/),
);
const CLOSERS = `"'\u201D\u2019)]`;
const OPENERS = `"'\u201C\u2018([`;

function isBoundary(text: string, dot: number, next: number): boolean {
  const nextChar = text[next];
  if (nextChar === undefined) return true;
  if (!/[A-Z0-9]/.test(nextChar) && !OPENERS.includes(nextChar)) return false;
  if (text[dot] !== '.') return true;
  const wordStart = text.lastIndexOf(' ', dot) + 1;
  const word = text.slice(wordStart, dot).replace(/^[("'\u201C\u2018[]+/, '');
  if (/^[A-Z]$/.test(word)) return false;
  const nextWord = (/^[\w']+/.exec(text.slice(next).replace(/^["'\u201C\u2018([]+/, ''))?.[0] ?? '').toLowerCase();
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return SENTENCE_STARTERS.has(nextWord);
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits cleaned text (single spaces) into sentences, in order, each trimmed. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.includes(text[end] ?? '') || '.!?'.includes(text[end] ?? ''))) end++;
    if (end < text.length && text[end] !== ' ') continue;
    if (!isBoundary(text, i, end + 1)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
    i = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
