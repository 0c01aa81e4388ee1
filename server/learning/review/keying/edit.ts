// A correction seen as an edit of its sentence: the sentence before and after, the words the
// correction removed and added, and the words around them. The families read the edit's shape
// ("to read" -> "reading" after "enjoyed") rather than its exact words, so two sentences with the
// same mistake key the same item.
import type { Correction } from '../../../../shared/corrections';
import { parseSentences, type Sentence, type Token } from '../language/sentence';

export interface Edit {
  type: Correction['type'];
  ruleId?: string;
  original: string;
  corrected: string;
  /** The learner's sentence that holds the mistake, and the same sentence with this correction applied. */
  sentence: string;
  correctedSentence: string;
  before: Sentence;
  after: Sentence;
  /** What the correction took out (tokens of `before`) and put in (tokens of `after`). */
  removed: Token[];
  added: Token[];
  /** The unchanged words before and after the change (tokens of `before`). */
  left: Token[];
  right: Token[];
  /** The correction's own words, read in their sentences: its original and its corrected text. */
  originalTokens: Token[];
  correctedTokens: Token[];
}

export type EditableCorrection = Pick<Correction, 'type' | 'original' | 'corrected' | 'start' | 'end' | 'ruleId'>;

/** The sentence of `sentences` (parsed from `text`) that holds the offset, as a span of the text. */
function sentenceSpan(text: string, sentences: readonly Sentence[], offset: number): { start: number; end: number } {
  const startOf = (i: number) => sentences[i]?.[0]?.start ?? text.length;
  let i = 0;
  while (i < sentences.length - 1 && offset >= startOf(i + 1)) i++;
  return { start: Math.min(sentences.length > 0 ? startOf(i) : 0, offset), end: i + 1 < sentences.length ? startOf(i + 1) : text.length };
}

function commonPrefix(a: readonly Token[], b: readonly Token[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]!.word === b[n]!.word) n++;
  return n;
}

function commonSuffix(a: readonly Token[], b: readonly Token[], prefix: number): number {
  let n = 0;
  while (n < a.length - prefix && n < b.length - prefix && a[a.length - 1 - n]!.word === b[b.length - 1 - n]!.word) n++;
  return n;
}

/**
 * The edit a correction makes to its sentence. `sentences` is `text` already parsed (the turn
 * parses the learner's text once); the sentence and its corrected form are parsed with `parse`
 * (a turn with several corrections in one sentence parses that sentence once).
 */
export function editOf(
  text: string,
  correction: EditableCorrection,
  sentences: readonly Sentence[] = parseSentences(text),
  parse: (text: string) => readonly Sentence[] = parseSentences,
): Edit {
  const span = sentenceSpan(text, sentences, correction.start);
  const end = Math.max(span.end, correction.end);
  const sentence = text.slice(span.start, end);
  const correctedSentence =
    sentence.slice(0, correction.start - span.start) + correction.corrected + sentence.slice(correction.end - span.start);
  const before = parse(sentence).flat();
  const after = parse(correctedSentence).flat();
  const from = correction.start - span.start;
  const within = (tokens: Sentence, start: number, end: number) => tokens.filter((t) => t.start < end && start < t.end);
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  return {
    type: correction.type,
    ...(correction.ruleId ? { ruleId: correction.ruleId } : {}),
    original: correction.original,
    corrected: correction.corrected,
    sentence: sentence.trim(),
    correctedSentence: correctedSentence.trim(),
    before,
    after,
    removed: before.slice(prefix, before.length - suffix),
    added: after.slice(prefix, after.length - suffix),
    left: before.slice(0, prefix),
    right: before.slice(before.length - suffix),
    originalTokens: within(before, from, correction.end - span.start),
    correctedTokens: within(after, from, from + correction.corrected.length),
  };
}
