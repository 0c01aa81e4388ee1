// The tutor starts before the final transcript: on a streamed turn, once the interim transcript
// is stable (speech over, no new partial for ~200 ms), the LLM starts on it, its pieces held back.
// When the final transcript comes, a reply made for the same words (and so the same corrections
// and the same invited notebook item) is adopted, its held pieces first; otherwise it is aborted
// and discarded (counted), and the tutor starts again on the final text. Nothing of a discarded
// reply reaches the learner. Local corrections always run on the final text. Hands-free, a reply
// may start even before the turn ends, while the panel's silence runs (server/ws/preemptive-reply.ts):
// the turn then takes it over (joinTurn) and adopts it the same way.
import type { TurnNotebook } from '../learning/review/turn-notebook';
import type { TutorLevel, TutorTurnContext } from '../providers/types';
import type { HistoryMessage } from '../providers/types';
import { articleOf, learnerOf, type TurnContext } from './context';
import { shareTurnScope } from './turn-scope';
import { checkLocally } from './corrections-step';
import { learnerMessage, reviewTargetOf } from './review-step';

/** Who the reply is for, and what stops it: the turn, or (started before it) its stream. */
export type EarlyReplyOwner = Pick<TurnContext, 'services' | 'session' | 'user' | 'signal'> & { turnId: string };

/** Lower case, without punctuation: "the same words" whatever the vendor's casing and commas. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

export interface EarlyReplyInputs {
  history: Promise<HistoryMessage[]>;
  level: Promise<TutorLevel>;
  notebook: Promise<TurnNotebook>;
}

/** What must be equal for an early reply to stand for the final one. */
const keyOf = (context: TutorTurnContext) => JSON.stringify([wordsOf(context.userText), wordsOf(context.correctedText), context.reviewTarget?.itemId ?? null]);

export class EarlyReply {
  private readonly abort = new AbortController();
  private readonly held: string[] = [];
  private finished = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private key: string | null = null;
  private settled = false;

  constructor(
    private turn: EarlyReplyOwner,
    stableInterim: Promise<string | null>,
    inputs: EarlyReplyInputs,
  ) {
    this.follow(turn.signal);
    void this.run(stableInterim, inputs).catch((error: unknown) => {
      this.failure = error;
      this.finish();
    });
  }

  private follow(signal: AbortSignal) {
    shareTurnScope(signal, this.abort.signal);
    if (signal.aborted) return this.abort.abort(signal.reason);
    signal.addEventListener('abort', () => this.abort.abort(signal.reason), { once: true });
  }

  /** A reply started before its turn: the turn now owns it (its barge-in stops it, its id in the log). */
  joinTurn(turn: EarlyReplyOwner): this {
    this.turn = turn;
    this.follow(turn.signal);
    return this;
  }

  private async run(stableInterim: Promise<string | null>, inputs: EarlyReplyInputs) {
    const text = (await stableInterim)?.trim();
    if (!text || this.settled || this.abort.signal.aborted) return this.finish();
    const { services, user, session } = this.turn;
    const [history, level, notebook] = await Promise.all([inputs.history, inputs.level, inputs.notebook]);
    const checked = await checkLocally(this.turn, text);
    if (this.settled) return this.finish();
    const reviewTarget = reviewTargetOf(notebook, learnerMessage('early', text));
    const context: TutorTurnContext = {
      article: articleOf(session),
      learner: learnerOf(user, level),
      history,
      userText: text,
      localCorrections: checked.corrections,
      correctedText: checked.corrected,
      ...(checked.partial === true ? { correctionPartial: true } : {}),
      ...(reviewTarget ? { reviewTarget } : {}),
    };
    this.key = keyOf(context);
    for await (const piece of services.providers.llm.streamReply(context, this.abort.signal)) {
      if (this.abort.signal.aborted) break;
      this.held.push(piece);
      this.wake?.();
    }
    this.finish();
  }

  private finish() {
    this.finished = true;
    this.wake?.();
  }

  /**
   * The final transcript's context is known: the early reply's pieces when it was made for the
   * same words, else null (it is then stopped and counted as discarded). Called once.
   */
  adopt(context: TutorTurnContext): AsyncIterable<string> | null {
    this.settled = true;
    if (this.key === null) {
      // Not started (no stable interim before the final): nothing was spent, nothing to discard.
      this.abort.abort(new DOMException('the final transcript came first', 'AbortError'));
      return null;
    }
    if (this.key !== keyOf(context) || this.failure !== null) {
      this.discard();
      return null;
    }
    this.turn.services.metrics.earlyReply('kept');
    return this.pieces();
  }

  /** Stops a reply that will not be used (the words changed, or there was no final text). */
  discard() {
    this.settled = true;
    if (this.key === null) return this.abort.abort();
    this.abort.abort(new DOMException('the final transcript differs', 'AbortError'));
    this.turn.services.metrics.earlyReply('discarded');
    this.turn.services.logger.info({ turnId: this.turn.turnId }, 'early reply discarded: the words changed');
  }

  private async *pieces(): AsyncGenerator<string> {
    for (let next = 0; ; ) {
      while (next < this.held.length) yield this.held[next++]!;
      if (this.failure !== null) throw this.failure;
      if (this.finished) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
