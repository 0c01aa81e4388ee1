// Which turn is running in this async context, so that a provider falling back to its offline
// twin (reported once, globally, by the resilience wrapper) reaches the learner of that turn.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Capability } from '../services';

export interface TurnScope {
  notice(capability: Capability): void;
}

const scopes = new AsyncLocalStorage<TurnScope>();

export const withTurnScope = <T>(scope: TurnScope, work: () => Promise<T>) => scopes.run(scope, work);

/** The resilience wrapper's onFallback: tell the learner whose turn it is. */
export function reportFallback(capability: Capability) {
  scopes.getStore()?.notice(capability);
}
