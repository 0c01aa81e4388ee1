// At a turn's end: its stage timings go to the latency histograms, and one log line tells what
// happened (ids, timings, outcome, fallbacks) without a word of what was said.
import type { TurnInputKind, TurnStage } from '../metrics/metrics';
import type { TurnContext } from './context';

export interface TurnOutcome {
  /** The learner cut in before the turn ended. */
  interrupted: boolean;
  /** The turn stopped on an error (the socket reported it). */
  failed: boolean;
  /** Capabilities that fell back to their offline twin during the turn. */
  fallbacks: string[];
}

export function reportTurn(turn: TurnContext, input: TurnInputKind, outcome: TurnOutcome) {
  const { services, recording, session, user, timer } = turn;
  const stagesMs = timer.finish();
  const rounded: Partial<Record<TurnStage, number>> = {};
  for (const [stage, ms] of Object.entries(stagesMs) as [TurnStage, number][]) {
    services.metrics.turnStage(stage, input, ms);
    rounded[stage] = Math.round(ms);
  }
  services.logger.info(
    { turnId: recording.turnId, sessionId: session.id, userId: user.id, input, stagesMs: rounded, ...outcome },
    'turn',
  );
}
