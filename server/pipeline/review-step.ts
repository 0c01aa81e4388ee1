// The notebook's part of a turn (server/learning/review): the learner's items read beside the
// turn's other reads, corrections linked to their items as they are announced, the due item the
// reply invites, and what the learner's words showed about the items the tutor was waiting on.
import type { Correction } from '../../shared/corrections';
import type { HandedOverParses } from '../learning/checker/preparse';
import { parseSentences, type Sentence } from '../learning/review/language/sentence';
import { TurnNotebook, type LearnerMessage } from '../learning/review/turn-notebook';
import type { ReviewTarget } from '../providers/types';
import type { TurnContext } from './context';

export const openNotebook = (turn: TurnContext) =>
  TurnNotebook.load(turn.services.db.prisma, turn.user.id, turn.session.id, turn.recording.turnId, () => turn.services.now(), turn.services.logger);

/**
 * The learner's message, parsed once (on first need) for keying and for reading uses; so is each
 * sentence a correction keys on (compromise's parse was the turn's largest CPU cost).
 */
export function learnerMessage(id: string, text: string): LearnerMessage & { readonly parsedHere: number } {
  let sentences: readonly Sentence[] | undefined;
  let parsedHere = 0;
  const pieces = new Map<string, readonly Sentence[]>();
  const parseHere = (piece: string) => {
    parsedHere += 1;
    return parseSentences(piece);
  };
  const whole = () => (sentences ??= parseHere(text));
  return {
    id,
    text,
    /** How many pieces this thread has parsed (none when the check's parses were remembered). */
    get parsedHere() {
      return parsedHere;
    },
    get sentences() {
      return whole();
    },
    parse: (piece) => {
      let parsed = pieces.get(piece);
      if (!parsed) pieces.set(piece, (parsed = piece === text ? whole() : parseHere(piece)));
      return parsed;
    },
    remember(parses) {
      for (const [piece, parsed] of parses ?? []) {
        if (piece === text) sentences ??= parsed;
        else if (!pieces.has(piece)) pieces.set(piece, parsed);
      }
    },
  };
}

/**
 * The check's parses, made in the checker's thread, as they follow its result: the corrections'
 * sentences are needed only when the corrections are linked, at the reply's first words (tens of
 * milliseconds later; should they be late, the notebook parses for itself). The text's own parse
 * is waited for only when a due item will be weighed against it for the tutor's request.
 */
export async function rememberParses(message: LearnerMessage, parses: HandedOverParses | undefined, notebook: TurnNotebook) {
  if (parses === undefined) return;
  void parses.all.then((all) => message.remember?.(all));
  if (notebook.hasTargetCandidate()) message.remember?.(await parses.text);
}

/** The due item the tutor's reply should give the learner a chance to use, if any. */
export function reviewTargetOf(notebook: TurnNotebook, message: LearnerMessage): ReviewTarget | undefined {
  const item = notebook.pickTarget(message);
  if (item === null) return undefined;
  const { governor, nouns, right, target } = item.params;
  const form = item.params.form ?? target;
  return {
    itemId: item.id,
    kind: item.kind,
    family: item.family,
    pattern: item.pattern,
    corrected: item.corrected,
    ...(governor ? { governor } : {}),
    ...(nouns?.length ? { nouns } : {}),
    ...(right?.length ? { preposition: right[0] } : {}),
    ...(form ? { form } : {}),
  };
}

/** Reads the learner's words for the items waiting on them, announces each result, writes the rest. */
export async function judgeTurn(turn: TurnContext, notebook: TurnNotebook, message: LearnerMessage, corrections: readonly Correction[]) {
  for (const result of notebook.judge(message, corrections)) turn.recording.emit({ type: 'review.result', itemId: result.itemId, rating: result.rating });
  await notebook.flush(turn.services.db.prisma);
}
