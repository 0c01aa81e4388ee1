// The progress history as uPlot's aligned data: one x array (seconds since the epoch for weeks
// and days) and one y array per series.
import type { CorrectionType } from '../../shared/corrections';
import type { ProgressHistory } from '../../shared/review';

export type AlignedSeries = [xs: number[], ...ys: (number | null)[][]];

const seconds = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** A week without a word from the learner has no rate: a gap in the line, not a zero. */
export function errorsByWeek(history: ProgressHistory): AlignedSeries {
  return [history.weeks.map((w) => seconds(w.week)), history.weeks.map((w) => (w.words > 0 ? round1(w.errorsPer100Words) : null))];
}

/** The `limit` types with the most errors over the whole history, each as its own line (a gap where the learner wrote nothing). */
export function errorsByType(history: ProgressHistory, limit = 4): { types: CorrectionType[]; data: AlignedSeries } {
  const totals = new Map<CorrectionType, number>();
  for (const week of history.weeks) for (const t of week.byType) totals.set(t.type, (totals.get(t.type) ?? 0) + t.errorsPer100Words);
  const types = [...totals.entries()].filter(([, total]) => total > 0).sort((a, b) => b[1] - a[1]).slice(0, limit).map(([type]) => type);
  const lines = types.map((type) => history.weeks.map((w) => {
    if (w.words === 0) return null;
    return round1(w.byType.find((t) => t.type === type)?.errorsPer100Words ?? 0);
  }));
  return { types, data: [history.weeks.map((w) => seconds(w.week)), ...lines] };
}

export function minutesPerDay(history: ProgressHistory): AlignedSeries {
  return [history.days.map((d) => seconds(d.day)), history.days.map((d) => round1(d.minutes))];
}

/** Learned, due and all notebook items as three bars at x = 0, 1, 2. */
export function notebookBars(history: ProgressHistory): AlignedSeries {
  return [[0, 1, 2], [history.items.learned, history.items.due, history.items.total]];
}
