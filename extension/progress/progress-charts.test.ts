import { describe, expect, it } from 'vitest';
import type { ProgressHistory } from '../../shared/review';
import { errorsByType, errorsByWeek, minutesPerDay, notebookBars } from './chart-series';
import { confidenceWord, levelTrend } from './level-trend';

const history: ProgressHistory = {
  weeks: [
    { week: '2026-11-16', words: 300, errorsPer100Words: 6.25, byType: [{ type: 'grammar', errorsPer100Words: 4 }, { type: 'tense', errorsPer100Words: 2.25 }] },
    { week: '2026-11-23', words: 420, errorsPer100Words: 4.04, byType: [{ type: 'grammar', errorsPer100Words: 3 }, { type: 'article', errorsPer100Words: 1.04 }] },
  ],
  days: [{ day: '2026-11-30', minutes: 12.5 }, { day: '2026-12-01', minutes: 0 }],
  items: { learned: 3, due: 2, total: 9 },
};

describe('progress charts', () => {
  it('plots errors per 100 words at each week’s Monday', () => {
    expect(errorsByWeek(history)).toEqual([[Date.UTC(2026, 10, 16) / 1000, Date.UTC(2026, 10, 23) / 1000], [6.3, 4]]);
  });

  it('leaves a gap, not a zero, for a week the learner wrote nothing', () => {
    const quiet = { ...history, weeks: [{ week: '2026-11-09', words: 0, errorsPer100Words: 0, byType: [] }, ...history.weeks] };
    expect(errorsByWeek(quiet)[1]).toEqual([null, 6.3, 4]);
    expect(errorsByType(quiet, 1).data[1]).toEqual([null, 4, 3]);
  });

  it('draws the types with the most errors; a week without one of them counts zero', () => {
    const { types, data } = errorsByType(history, 2);
    expect(types).toEqual(['grammar', 'tense']);
    expect(data.slice(1)).toEqual([[4, 3], [2.3, 0]]);
  });

  it('plots minutes by day and the notebook as learned, due and all', () => {
    expect(minutesPerDay(history)[1]).toEqual([12.5, 0]);
    expect(notebookBars(history)).toEqual([[0, 1, 2], [3, 2, 9]]);
  });
});

describe('level estimate in words', () => {
  it('says how sure it is', () => {
    expect([0, 0.34, 0.7, 1].map(confidenceWord)).toEqual(['low', 'medium', 'high', 'high']);
  });

  it('tells the direction from the first to the last week with a level', () => {
    const week = (level: 'A2' | 'B1' | 'B2' | null) => ({ week: '2026-11-16', level, basedOnWords: 100 });
    expect(levelTrend([week(null), week('A2'), week('B1')])).toEqual({ direction: 'rising', weeks: 3 });
    expect(levelTrend([week('B2'), week('B1')])).toEqual({ direction: 'falling', weeks: 2 });
    expect(levelTrend([week('B1'), week(null), week('B1')])).toEqual({ direction: 'steady', weeks: 3 });
    expect(levelTrend([week('B1')])).toBeNull();
    expect(levelTrend(undefined)).toBeNull();
  });
});
