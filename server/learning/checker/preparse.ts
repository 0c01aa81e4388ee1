// The parses the notebook will need for a checked text, made where the check ran: the learner's
// text and, for each correction, the sentence it keys on before and after the fix. In the server
// the check runs in the checker's thread, and compromise's parse for the keying was the main
// thread's largest cost left (10% of it at 100 turns, bench:profile); handed over with the check,
// the event loop only reads them.
import type { Correction } from '../../../shared/corrections';
import { patternOf } from '../review/keying/pattern-of';
import { parseSentences, type Sentence } from '../review/language/sentence';

/** Each piece of text and its sentences, as LearnerMessage.remember takes them. */
export type ParsedPieces = readonly (readonly [piece: string, sentences: readonly Sentence[]])[];

/** The parses handed over with each result (kept beside it, so the result itself stays what the API sends). */
const handedOver = new WeakMap<object, ParsedPieces>();

export function handOver<T extends object>(result: T, parses: ParsedPieces): T {
  handedOver.set(result, parses);
  return result;
}

/** The parses made with this check result where it ran, if it ran elsewhere (the checker's thread). */
export const parsesOf = (result: object): ParsedPieces | undefined => handedOver.get(result);

export function preparse(text: string, corrections: readonly Correction[]): ParsedPieces {
  const pieces = new Map<string, readonly Sentence[]>();
  const parse = (piece: string) => {
    let parsed = pieces.get(piece);
    if (!parsed) pieces.set(piece, (parsed = parseSentences(piece)));
    return parsed;
  };
  const sentences = parse(text);
  for (const correction of corrections) patternOf(text, correction, sentences, parse);
  return [...pieces];
}
