import { useMemo } from 'react';
import { resolveLanguage, translator, type Language, type Translate } from './i18n';
import { uiLanguageItem } from '../settings/settings';
import { useStorageItem } from '../settings/use-storage-item';

export function useI18n(): { t: Translate; language: Language } {
  const setting = useStorageItem(uiLanguageItem) ?? 'auto';
  const language = resolveLanguage(setting, navigator.language);
  const t = useMemo(() => translator(language), [language]);
  return { t, language };
}
