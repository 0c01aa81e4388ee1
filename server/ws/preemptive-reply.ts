// Hands-free, the tutor starts before the turn ends. The panel ends a turn only after 1.1 s of
// silence (so a pause to find a word does not cut it), and tells the server where the learner
// stopped (turn.stream.pause). Once the interim transcript has held still after that, the turn
// will most likely be those words: a reply starts on them now, its pieces held back, and the turn
// adopts it when it ends with the same words (early-reply.ts). The learner speaking again
// discards it (counted, like any early reply whose words changed). Only with a live LLM, where
// the wait is worth saving; at most MAX_PREEMPTIVE_PER_TURN a turn, since a discarded one costs
// a prompt, within the learner's own limit of them a minute, and not while the process is full.
import { randomUUID } from 'node:crypto';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import { tutorLevelFor } from '../learning/level/tutor-level';
import { limitKeys, limitsOf } from '../security/limits';
import { TurnNotebook } from '../learning/review/turn-notebook';
import { checkLocally } from '../pipeline/corrections-step';
import { EarlyReply } from '../pipeline/early-reply';
import { HISTORY_MESSAGES, recentHistory, startedAhead } from '../pipeline/turn-store';
import type { Services } from '../services';

export const MAX_PREEMPTIVE_PER_TURN = 2;

export class PreemptiveReplies {
  private current: { text: string; reply: EarlyReply } | null = null;
  private started = 0;
  /** A reply started here is stopped by its discard, or once adopted by its turn's barge-in. */
  private readonly untilAdopted = new AbortController().signal;

  constructor(
    private readonly services: Services,
    private readonly user: AuthUser,
    private readonly session: Session,
  ) {}

  static enabled(services: Services): boolean {
    return services.config.PREEMPTIVE_REPLY === 'on' && services.providers.llm.live;
  }

  /**
   * The words the learner paused on held still: the reply starts on them; without it (off, or
   * the offline tutor) they are only checked, so the turn's own check of them is free.
   */
  paused(text: string) {
    if (PreemptiveReplies.enabled(this.services)) return this.start(text);
    checkLocally({ services: this.services, user: this.user, session: this.session }, text).catch(() => undefined);
  }

  private start(text: string) {
    if (this.current?.text === text) return;
    this.drop();
    const { services, user, session } = this;
    const maxInFlight = services.config.MAX_TURNS_IN_FLIGHT;
    if (this.started >= MAX_PREEMPTIVE_PER_TURN || (maxInFlight > 0 && services.admission.inFlight >= maxInFlight)) return;
    this.started += 1;
    const allowed = services.rateLimiter.consume(limitKeys.preemptiveReplies(user.id), limitsOf(services.config).preemptiveReplies);
    const startedOn = allowed.then((decision) => (decision.allowed && this.current?.reply === reply ? text : null)).catch(() => null);
    const { prisma } = services.db;
    // The turn has no id yet; a fresh one matches none of the session's stored turns.
    const turnId = randomUUID();
    const reply: EarlyReply = new EarlyReply({ services, user, session, signal: this.untilAdopted, turnId }, startedOn, {
      history: startedAhead(recentHistory(prisma, session.id, turnId, HISTORY_MESSAGES)),
      level: startedAhead(tutorLevelFor(prisma, user)),
      notebook: startedAhead(TurnNotebook.load(prisma, user.id, session.id, turnId, () => services.now(), services.logger)),
    });
    this.current = { text, reply };
  }

  /** A new interim transcript: the learner spoke again, so a reply on other words will not do. */
  heard(caption: string) {
    if (this.current && this.current.text !== caption.trim()) this.drop();
  }

  /** The turn ended: the reply on its last words, for the turn to take over, if there is one. */
  take(): EarlyReply | null {
    const reply = this.current?.reply ?? null;
    this.current = null;
    return reply;
  }

  /** The stream is dropped (cancel, another turn, refused): a reply under way stops. */
  drop() {
    this.current?.reply.discard();
    this.current = null;
  }
}
