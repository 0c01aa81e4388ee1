import { useMemo } from 'react';
import type { ProgressHistory } from '../../shared/review';
import type { Language } from '../i18n/i18n';
import type { ProgressTranslate } from '../i18n/progress-messages';
import { errorsByWeek } from './chart-series';
import { dayLabel } from './chart-labels';
import { UPlotChart } from './UPlotChart';

interface ErrorsByWeekChartProps {
  history: ProgressHistory;
  language: Language;
  t: ProgressTranslate;
  width?: number;
}

export function ErrorsByWeekChart({ history, language, t, width }: ErrorsByWeekChartProps) {
  const data = useMemo(() => errorsByWeek(history), [history]);
  const series = useMemo(() => [{ label: t('errorsPer100'), colour: '#6366f1' }], [t]);
  const label = useMemo(() => dayLabel(language), [language]);
  if (history.weeks.length === 0) return <p data-testid="progress-chart" data-points={0} className="text-xs text-gray-500">{t('errorsByWeek')}: {t('noData')}</p>;
  return <UPlotChart testId="progress-chart" title={t('errorsByWeek')} data={data} series={series} xLabel={label} width={width} />;
}
