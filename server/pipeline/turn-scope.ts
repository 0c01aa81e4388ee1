// Which turn a provider call belongs to, so that a provider falling back to its offline twin
// (reported once, globally, by the resilience wrapper) reaches the learner of that turn. Every
// call of a turn carries the turn's abort signal, so the signal names the turn. (An
// AsyncLocalStorage did this before; on Node 20 it turns on the promise hooks, which every
// promise of the process then pays for: 2-3% of the server's CPU at 100 turns, bench:profile.)
import type { Capability } from '../services';

export interface TurnScope {
  notice(capability: Capability): void;
}

const scopes = new WeakMap<AbortSignal, TurnScope>();

/** Provider calls made with `signal` are this scope's. */
export function enterTurnScope(signal: AbortSignal, scope: TurnScope) {
  scopes.set(signal, scope);
}

/** A signal of the turn's own (an early reply's), made from the turn's: its calls are the turn's too. */
export function shareTurnScope(from: AbortSignal, to: AbortSignal) {
  const scope = scopes.get(from);
  if (scope) scopes.set(to, scope);
}

/** The resilience wrapper's onFallback: tell the learner whose turn made the call. */
export function reportFallback(capability: Capability, signal: AbortSignal) {
  scopes.get(signal)?.notice(capability);
}
