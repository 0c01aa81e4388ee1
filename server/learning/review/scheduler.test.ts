import { describe, expect, it } from 'vitest';
import { newSchedule, rate } from './scheduler';

const DAY = 86_400_000;
const start = new Date('2026-03-02T09:00:00Z');

describe('FSRS schedule of a notebook item', () => {
  it('schedules in days: a first mistake comes back tomorrow, not in a minute', () => {
    const made = rate(newSchedule(start), 'again', start);
    expect(made.due.getTime() - start.getTime()).toBe(DAY);
  });

  it('grows the interval with each correct use and shrinks it after a lapse', () => {
    let schedule = rate(newSchedule(start), 'again', start);
    const intervals: number[] = [];
    for (const rating of ['good', 'good', 'again', 'good'] as const) {
      const at = schedule.due;
      schedule = rate(schedule, rating, at);
      intervals.push((schedule.due.getTime() - at.getTime()) / DAY);
    }
    expect(intervals[1]).toBeGreaterThan(intervals[0]!);
    expect(intervals[2]).toBeLessThan(intervals[1]!);
    expect(schedule.reps).toBe(5);
  });
});
