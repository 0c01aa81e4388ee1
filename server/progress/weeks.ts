// ISO weeks in UTC: a week starts on Monday 00:00 UTC and is named by that Monday (YYYY-MM-DD),
// like the days of the progress stats (the server does not know the learner's time zone yet).
import { utcDay } from './rollup';

const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Monday 00:00 UTC of the week that holds `moment`. */
export function weekStart(moment: Date): Date {
  const midnight = Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
  const sinceMonday = (moment.getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/** The Mondays of the last `count` weeks, oldest first, the current week last. */
export function lastWeeks(now: Date, count: number): Date[] {
  const current = weekStart(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * WEEK_MS));
}

export const weekName = (monday: Date) => utcDay(monday);
