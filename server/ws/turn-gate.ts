// Whether a turn may start now, decided before anything of it is stored: a place in this
// process (busy past MAX_TURNS_IN_FLIGHT) and the learner's own limits (rate_limited). The answer
// is a refusal to send, so the socket stays the one place that talks to the client.
import type { ErrorCode } from '../../shared/errors';
import type { AdmittedTurn } from '../pipeline/admission';
import { limitKeys, limitsOf, waitWords } from '../security/limits';
import type { Services } from '../services';

export interface TurnRefusal {
  code: Extract<ErrorCode, 'busy' | 'rate_limited'>;
  message: string;
  retryAfterSec: number;
}

/** A place for one more turn in this process, or busy (the turn is refused whole; the learner's limits are untouched). */
export function admitTurn({ admission, metrics }: Services): AdmittedTurn | TurnRefusal {
  const admitted = admission.tryAdmit();
  if (admitted) return admitted;
  metrics.turnRefusedBusy();
  const retryAfterSec = admission.retryAfterSec();
  return { code: 'busy', message: `The tutor is busy with many learners right now. Please try again in ${waitWords(retryAfterSec)}.`, retryAfterSec };
}

export const isRefusal = (answer: AdmittedTurn | TurnRefusal): answer is TurnRefusal => 'code' in answer;

/** Takes one turn (and the recording's seconds) from the learner's limits; the refusal when over one. */
export async function consumeTurnLimits({ rateLimiter, config }: Services, userId: string, audioSeconds: number): Promise<TurnRefusal | null> {
  const limits = limitsOf(config);
  if (audioSeconds > 0) {
    const audio = await rateLimiter.consume(limitKeys.audioSeconds(userId), limits.audioSeconds, audioSeconds);
    if (!audio.allowed) {
      return { code: 'rate_limited', message: `You have used today's speaking time. Type instead, or speak again in ${waitWords(audio.retryAfterSec)}.`, retryAfterSec: audio.retryAfterSec };
    }
  }
  const turns = await rateLimiter.consume(limitKeys.turns(userId), limits.turns);
  if (!turns.allowed) {
    return { code: 'rate_limited', message: `That is a lot of turns in a minute. Please wait ${waitWords(turns.retryAfterSec)}.`, retryAfterSec: turns.retryAfterSec };
  }
  return null;
}

/** Gives the turn's place back when the limit check itself failed (the database down). */
export const releaseAndThrow = (admitted: AdmittedTurn) => (error: unknown): never => {
  admitted.release();
  throw error;
};
