// The popup's last few sessions, each with what it was about: an article, a video, a PDF or a
// selection (sessions before material kinds existed, and free talk, show no kind).
import { useEffect, useState } from 'react';
import type { SessionView } from '../../shared/api';
import { apiClient } from '../api/auth';
import type { Language } from '../i18n/i18n';
import { materialTranslator } from '../material/material-messages';

const SHOWN = 3;

export function RecentSessions({ userId, language }: { userId: string; language: Language }) {
  const t = materialTranslator(language);
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  useEffect(() => {
    let current = true;
    void apiClient()
      .then((api) => api.listSessions(userId, SHOWN))
      .then((page) => current && setSessions(page.items))
      .catch(() => current && setSessions([]));
    return () => {
      current = false;
    };
  }, [userId]);
  if (!sessions?.length) return null;
  return (
    <section aria-label={t('recentSessions')} className="space-y-1">
      <h2 className="text-xs font-semibold text-gray-600">{t('recentSessions')}</h2>
      <ul className="space-y-0.5 text-xs">
        {sessions.map((s) => (
          <li key={s.id} data-testid="recent-session" data-kind={s.materialKind ?? ''} className="flex gap-1">
            <span className="shrink-0 rounded bg-gray-100 px-1 text-[10px] uppercase text-gray-600">{t(s.materialKind ? `kind_${s.materialKind}` : 'kind_none')}</span>
            <span className="truncate">{s.pageTitle || s.topic}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
