// What the popup and the progress page both start from: the signed-in learner, the two
// translators, and their progress loaded from the server once they are known.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { apiClient } from '../api/auth';
import { progressTranslator } from '../i18n/progress-messages';
import { useI18n } from '../i18n/use-i18n';
import { authItem } from '../settings/settings';
import { useStorageItem } from '../settings/use-storage-item';
import { createProgressStore } from './progress-store';

export function useProgress() {
  const { t, language } = useI18n();
  const pt = useMemo(() => progressTranslator(language), [language]);
  const auth = useStorageItem(authItem);
  const [store] = useState(() => createProgressStore(() => apiClient()));
  const { data, error } = useStore(store);
  const userId = auth?.user.id;
  useEffect(() => {
    if (userId) void store.getState().load(userId);
  }, [userId, store]);
  return { t, pt, language, auth, store, data, error, userId };
}
