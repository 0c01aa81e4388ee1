// Percentiles for the benchmarks (nearest-rank on a sorted copy).
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 100) / 100;
}

export const summarize = (values: readonly number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), n: values.length });
