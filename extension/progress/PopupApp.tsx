import { browser } from 'wxt/browser';
import { openPanelForTab } from '../platform/side-panel';
import { useProgress } from './use-progress';
import { CorrectionsChart } from './CorrectionsChart';
import { ErrorsByWeekChart } from './ErrorsByWeekChart';
import { LevelEstimateView } from './LevelEstimateView';
import { SignInPrompt } from '../api/SignInPrompt';
import { StatTile } from './StatTile';
import { WeaknessList } from './WeaknessList';
import { RecentSessions } from './RecentSessions';

async function openTutorOnCurrentTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await openPanelForTab(tab.id);
  window.close();
}

export function PopupApp() {
  const { t, pt, language, auth, data, error } = useProgress();

  return (
    <main lang={language} className="w-80 space-y-3 p-3 text-gray-900">
      <h1 className="text-sm font-bold">{pt('progressTitle')}</h1>
      {auth === null && <SignInPrompt t={t} />}
      {auth && data && (
        <>
          <div className="grid grid-cols-4 gap-2">
            <StatTile testId="progress-minutes" label={pt('todayMinutes')} value={data.summary.todayMinutes} />
            <StatTile testId="progress-streak" label={pt('streak')} value={data.summary.streak} />
            <StatTile testId="progress-sessions" label={pt('sessionsThisWeek')} value={data.summary.sessionsThisWeek} />
            {data.review && <StatTile testId="review-count" label={pt('toReview')} value={data.review.due} />}
          </div>
          {data.level && <LevelEstimateView estimate={data.level} t={pt} />}
          {data.history && <ErrorsByWeekChart history={data.history} language={language} t={pt} />}
          <CorrectionsChart counts={data.stats?.correctionsByTypeThisWeek ?? []} language={language} t={pt} />
          <WeaknessList items={data.weaknesses} language={language} t={pt} />
          <RecentSessions userId={data.userId} language={language} />
          <section aria-label={pt('recentPhrases')} className="space-y-1">
            <h2 className="text-xs font-semibold text-gray-600">{pt('recentPhrases')}</h2>
            {data.phrases.length === 0 && <p className="text-xs text-gray-500">{pt('nothingYet')}</p>}
            <ul className="text-xs">
              {data.phrases.slice(0, 3).map((p) => (
                <li key={p.id} data-testid="recent-phrase">
                  “{p.englishText}”
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {auth && error && (
        <p role="alert" className="text-xs text-red-700">
          {t('serverUnreachable')} {error}
        </p>
      )}
      {auth && (
        <a
          href={browser.runtime.getURL('/progress.html')}
          target="_blank"
          rel="noopener"
          data-testid="open-progress"
          className="block w-full rounded border border-indigo-300 py-1.5 text-center text-sm text-indigo-800"
        >
          {pt('openProgress')}
        </a>
      )}
      <button
        type="button"
        data-testid="open-panel"
        onClick={() => void openTutorOnCurrentTab()}
        className="w-full rounded bg-indigo-600 py-2 text-sm font-medium text-white"
      >
        {pt('openTutor')}
      </button>
    </main>
  );
}
