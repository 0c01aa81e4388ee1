import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStore } from 'zustand';
import { apiClient } from '../api/auth';
import { authItem } from '../settings/settings';
import { openPanelForTab } from '../platform/side-panel';
import { useI18n } from '../i18n/use-i18n';
import { useStorageItem } from '../settings/use-storage-item';
import { createProgressStore } from './progress-store';
import { CorrectionsChart } from './CorrectionsChart';
import { SignInPrompt } from '../api/SignInPrompt';
import { StatTile } from './StatTile';
import { WeaknessList } from './WeaknessList';

async function openTutorOnCurrentTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await openPanelForTab(tab.id);
  window.close();
}

export function PopupApp() {
  const { t, language } = useI18n();
  const auth = useStorageItem(authItem);
  const [store] = useState(() => createProgressStore(() => apiClient()));
  const { data, error } = useStore(store);
  const userId = auth?.user.id;
  useEffect(() => {
    if (userId) void store.getState().load(userId);
  }, [userId, store]);

  return (
    <main lang={language} className="w-80 space-y-3 p-3 text-gray-900">
      <h1 className="text-sm font-bold">{t('progressTitle')}</h1>
      {auth === null && <SignInPrompt t={t} />}
      {auth && data && (
        <>
          <div className="grid grid-cols-3 gap-2">
            <StatTile testId="progress-minutes" label={t('todayMinutes')} value={data.summary.todayMinutes} />
            <StatTile testId="progress-streak" label={t('streak')} value={data.summary.streak} />
            <StatTile testId="progress-sessions" label={t('sessionsThisWeek')} value={data.summary.sessionsThisWeek} />
          </div>
          <CorrectionsChart counts={data.stats?.correctionsByTypeThisWeek ?? []} language={language} t={t} />
          <WeaknessList items={data.weaknesses} language={language} t={t} />
          <section aria-label={t('recentPhrases')} className="space-y-1">
            <h2 className="text-xs font-semibold text-gray-600">{t('recentPhrases')}</h2>
            {data.phrases.length === 0 && <p className="text-xs text-gray-500">{t('nothingYet')}</p>}
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
      <button
        type="button"
        data-testid="open-panel"
        onClick={() => void openTutorOnCurrentTab()}
        className="w-full rounded bg-indigo-600 py-2 text-sm font-medium text-white"
      >
        {t('openTutor')}
      </button>
    </main>
  );
}
