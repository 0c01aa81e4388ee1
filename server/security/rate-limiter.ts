// Rate limits behind one interface, so the store can change (PostgreSQL today; Redis could
// implement the same) without touching the routes and the socket that ask.
export interface RateLimit {
  /** How many units (attempts, turns, audio seconds) the window allows. */
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Units left in the current window after this request. */
  remaining: number;
  /** When refused: whole seconds until the window resets (at least 1). */
  retryAfterSec: number;
}

export interface RateLimiter {
  /** Takes `cost` units from the key's window; a refused request takes nothing. */
  consume(key: string, rule: RateLimit, cost?: number): Promise<RateLimitDecision>;
  /** Forgets the key, e.g. an account's failed logins after a successful one. */
  reset(key: string): Promise<void>;
}

/** A rule that never refuses: a limit set to 0 in the configuration turns it off. */
export const isUnlimited = (rule: RateLimit) => rule.limit <= 0;
