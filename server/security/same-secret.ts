// Compares a secret the client sent with the configured one in constant time, so the time an
// answer takes does not tell how much of a guess was right.
import { timingSafeEqual } from 'node:crypto';

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
