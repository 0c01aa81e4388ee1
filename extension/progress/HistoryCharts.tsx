import { useMemo } from 'react';
import type { ProgressHistory } from '../../shared/review';
import type { Language } from '../i18n/i18n';
import type { ProgressTranslate } from '../i18n/progress-messages';
import { errorsByType, minutesPerDay, notebookBars } from './chart-series';
import { dayLabel } from './chart-labels';
import { correctionTypeLabel } from './correction-type-labels';
import { UPlotChart } from './UPlotChart';

const TYPE_COLOURS = ['#6366f1', '#f59e0b', '#10b981', '#ef4444'];
const WIDTH = 340;

interface HistoryChartsProps {
  history: ProgressHistory;
  language: Language;
  t: ProgressTranslate;
}

/** The progress page's charts besides errors by week: by type, the notebook, minutes per day. */
export function HistoryCharts({ history, language, t }: HistoryChartsProps) {
  const byDay = useMemo(() => dayLabel(language), [language]);
  const byType = useMemo(() => errorsByType(history), [history]);
  const typeSeries = useMemo(
    () => byType.types.map((type, i) => ({ label: correctionTypeLabel(type, language), colour: TYPE_COLOURS[i % TYPE_COLOURS.length]! })),
    [byType, language],
  );
  const minutes = useMemo(() => minutesPerDay(history), [history]);
  const minuteSeries = useMemo(() => [{ label: t('minutes'), colour: '#0ea5e9' }], [t]);
  const notebook = useMemo(() => notebookBars(history), [history]);
  const notebookSeries = useMemo(() => [{ label: t('items'), colour: '#10b981' }], [t]);
  const notebookLabel = useMemo(() => {
    const names = [t('learned'), t('due'), t('total')];
    return (x: number) => names[x] ?? '';
  }, [t]);

  return (
    <>
      {byType.types.length > 0 ? (
        <UPlotChart testId="progress-chart-types" title={t('errorsByType')} data={byType.data} series={typeSeries} xLabel={byDay} width={WIDTH} />
      ) : (
        <p data-testid="progress-chart-types" className="text-xs text-gray-500">{t('errorsByType')}: {t('noData')}</p>
      )}
      <UPlotChart testId="progress-chart-notebook" title={t('itemsLearnedDue')} data={notebook} series={notebookSeries} xLabel={notebookLabel} bars width={WIDTH} />
      {history.days.length > 0 ? (
        <UPlotChart testId="progress-chart-minutes" title={t('minutesPerDay')} data={minutes} series={minuteSeries} xLabel={byDay} bars width={WIDTH} />
      ) : (
        <p data-testid="progress-chart-minutes" className="text-xs text-gray-500">{t('minutesPerDay')}: {t('noData')}</p>
      )}
    </>
  );
}
