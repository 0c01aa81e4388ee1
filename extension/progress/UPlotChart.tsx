// A small uPlot chart with a caption, and the same numbers as a table for screen readers (a
// canvas says nothing to them). Charts live in the popup and the progress page only: uPlot stays
// out of the side panel's bundle.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { AlignedSeries } from './chart-series';

export interface ChartSeries {
  label: string;
  colour: string;
}

interface UPlotChartProps {
  testId: string;
  title: string;
  data: AlignedSeries;
  series: readonly ChartSeries[];
  /** How an x value reads in the table and on the axis. */
  xLabel: (x: number) => string;
  bars?: boolean;
  width?: number;
  height?: number;
}

export function UPlotChart({ testId, title, data, series, xLabel, bars = false, width = 280, height = 120 }: UPlotChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current) return;
    const xs = data[0];
    const step = xs.length > 1 ? xs[1]! - xs[0]! : 1;
    // Bars need half a step on each side; a single point needs some room too.
    const pad = bars ? step / 2 : xs.length === 1 ? step : 0;
    const labelEvery = Math.ceil(xs.length / 5);
    const draw = bars ? uPlot.paths.bars?.({ size: [0.7, 48] }) : undefined;
    const plot = new uPlot(
      {
        width,
        height,
        legend: { show: series.length > 1 },
        cursor: { show: false },
        scales: {
          x: { time: false, range: (_u, min, max) => [min - pad, max + pad] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
        axes: [
          {
            splits: () => xs,
            values: (_u, splits) => splits.map((x, i) => (i % labelEvery === 0 ? xLabel(x) : '')),
            size: 30,
            font: '10px sans-serif',
          },
          { size: 32, font: '10px sans-serif' },
        ],
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.colour, fill: bars ? s.colour : undefined, width: 2, paths: draw, points: { show: !bars }, spanGaps: false }))],
      },
      data,
      target.current,
    );
    return () => plot.destroy();
  }, [data, series, xLabel, bars, width, height]);

  return (
    <figure data-testid={testId} data-points={data[0].length} className="space-y-1">
      <figcaption className="text-xs font-semibold text-gray-600">{title}</figcaption>
      <div ref={target} aria-hidden="true" />
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {data[0].map((x, i) => (
            <tr key={x}>
              <th scope="row">{xLabel(x)}</th>
              {series.map((s, j) => (
                <td key={s.label}>
                  {s.label}: {data[j + 1]?.[i] ?? '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
