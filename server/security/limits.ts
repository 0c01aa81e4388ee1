// The limits of the configuration as rules and keys, and the learner-facing refusal. Logins are
// limited per account and per address (password guessing); new accounts per address (sign-up
// floods, invite-code guessing); turns per minute and audio seconds per day per user (each turn
// spends the operator's money on vendor calls).
import type { Config } from '../config';
import type { RateLimit } from './rate-limiter';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function limitsOf(config: Config) {
  const loginWindowMs = config.LOGIN_WINDOW_MIN * MINUTE_MS;
  return {
    loginPerEmail: { limit: config.LOGIN_MAX_PER_EMAIL, windowMs: loginWindowMs },
    loginPerAddress: { limit: config.LOGIN_MAX_PER_ADDRESS, windowMs: loginWindowMs },
    registerPerAddress: { limit: config.REGISTER_MAX_PER_ADDRESS, windowMs: config.REGISTER_WINDOW_MIN * MINUTE_MS },
    turns: { limit: config.TURNS_PER_MINUTE, windowMs: MINUTE_MS },
    // Replies started before their turn ends (preemptive-reply.ts): a turn starts at most two, so an
    // honest learner never meets this; a client that pauses and cancels streams on end does.
    preemptiveReplies: { limit: config.TURNS_PER_MINUTE * 2, windowMs: MINUTE_MS },
    audioSeconds: { limit: config.AUDIO_SEC_PER_DAY, windowMs: DAY_MS },
  } satisfies Record<string, RateLimit>;
}

export const limitKeys = {
  loginEmail: (email: string) => `login:email:${email.toLowerCase()}`,
  loginAddress: (address: string) => `login:address:${address}`,
  registerAddress: (address: string) => `register:address:${address}`,
  turns: (userId: string) => `turns:${userId}`,
  preemptiveReplies: (userId: string) => `preemptive:${userId}`,
  audioSeconds: (userId: string) => `audio-sec:${userId}`,
};

export function waitWords(retryAfterSec: number): string {
  if (retryAfterSec < 90) return `${retryAfterSec} seconds`;
  if (retryAfterSec < 5400) return `${Math.ceil(retryAfterSec / 60)} minutes`;
  return `${Math.ceil(retryAfterSec / 3600)} hours`;
}
