import { useI18n } from '../i18n/use-i18n';
import { AccountSection } from './AccountSection';
import { CapabilitiesSection } from './CapabilitiesSection';
import { PreferencesSection } from './PreferencesSection';
import { ServerSection } from './ServerSection';
import { useServerDraft } from './use-server-draft';

export function OptionsApp() {
  const { t, language } = useI18n();
  const serverDraft = useServerDraft();
  return (
    <main lang={language} className="mx-auto max-w-lg space-y-6 p-6 text-gray-900">
      <h1 className="text-lg font-bold">
        {t('appName')} — {t('settings')}
      </h1>
      <ServerSection draft={serverDraft} t={t} />
      <AccountSection serverDraft={serverDraft} t={t} />
      <PreferencesSection t={t} />
      <CapabilitiesSection t={t} />
    </main>
  );
}
