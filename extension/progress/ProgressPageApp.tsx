// The full progress page (opened from the popup): errors per 100 words by week and by type, the
// notebook's learned and due items, minutes per day, and the notebook's export for Anki.
import { SignInPrompt } from '../api/SignInPrompt';
import { useEffect } from 'react';
import { useProgress } from './use-progress';
import { ErrorsByWeekChart } from './ErrorsByWeekChart';
import { LevelEstimateView } from './LevelEstimateView';
import { HistoryCharts } from './HistoryCharts';
import { ExportButton } from './ExportButton';

export function ProgressPageApp() {
  const { t, pt, language, auth, data, error } = useProgress();
  useEffect(() => {
    document.title = `${t('appName')} — ${pt('progressPageTitle')}`;
  }, [t, pt]);

  return (
    <main lang={language} className="mx-auto max-w-3xl space-y-6 p-6 text-gray-900">
      <h1 className="text-lg font-bold">
        {t('appName')} — {pt('progressPageTitle')}
      </h1>
      {auth === null && <SignInPrompt t={t} />}
      {auth && error && (
        <p role="alert" className="text-sm text-red-700">
          {t('serverUnreachable')} {error}
        </p>
      )}
      {auth && data && (
        <>
          {data.level && <LevelEstimateView estimate={data.level} t={pt} />}
          {data.history ? (
            <div className="grid gap-6 sm:grid-cols-2">
              <ErrorsByWeekChart history={data.history} language={language} t={pt} width={340} />
              <HistoryCharts history={data.history} language={language} t={pt} />
            </div>
          ) : (
            <p className="text-sm text-gray-600">{pt('noData')}</p>
          )}
          <ExportButton t={pt} />
        </>
      )}
    </main>
  );
}
