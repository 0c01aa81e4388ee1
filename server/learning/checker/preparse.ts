// The parses the notebook will need for a checked text, made where the check ran: the learner's
// text and, for each correction, the sentence it keys on before and after the fix. In the server
// the check runs in the checker's thread, and compromise's parse for the keying was the main
// thread's largest cost left (10% of it at 100 turns, bench:profile); handed over with the check,
// the event loop only reads them. They follow the result rather than travel with it: parsing the
// corrections' sentences takes 5–10 ms, and the tutor's request waits for the check, not for them
// (the text's own parse comes first, for the choice of a due item; the rest is needed only when the
// corrections are linked, at the reply's first words).
import type { Correction } from '../../../shared/corrections';
import { patternOf } from '../review/keying/pattern-of';
import { parseSentences, type Sentence } from '../review/language/sentence';

/** Each piece of text and its sentences, as LearnerMessage.remember takes them. */
export type ParsedPieces = readonly (readonly [piece: string, sentences: readonly Sentence[]])[];

/** The parses of a check, as they arrive; undefined when they could not be made (the notebook parses then). */
export interface HandedOverParses {
  /** The learner's text itself. */
  readonly text: Promise<ParsedPieces | undefined>;
  /** The text and every sentence a correction keys on. */
  readonly all: Promise<ParsedPieces | undefined>;
}

/** The parses handed over with each result (kept beside it, so the result itself stays what the API sends). */
const handedOver = new WeakMap<object, HandedOverParses>();

export function handOver<T extends object>(result: T, parses: HandedOverParses): T {
  handedOver.set(result, parses);
  return result;
}

/** The parses made with this check result where it ran, if it ran elsewhere (the checker's thread). */
export const parsesOf = (result: object): HandedOverParses | undefined => handedOver.get(result);

/** The text's parse, then (`more`) the pieces its corrections key on. */
export function preparse(text: string, corrections: readonly Correction[]): { text: ParsedPieces; more: () => ParsedPieces } {
  const sentences = parseSentences(text);
  return {
    text: [[text, sentences]],
    more: () => {
      const pieces = new Map<string, readonly Sentence[]>([[text, sentences]]);
      const parse = (piece: string) => {
        let parsed = pieces.get(piece);
        if (!parsed) pieces.set(piece, (parsed = parseSentences(piece)));
        return parsed;
      };
      for (const correction of corrections) patternOf(text, correction, sentences, parse);
      pieces.delete(text);
      return [...pieces];
    },
  };
}
