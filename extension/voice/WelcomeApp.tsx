import { useState } from 'react';
import { micPermissionItem } from '../settings/settings';
import { useI18n } from '../i18n/use-i18n';

export function WelcomeApp() {
  const { t, language } = useI18n();
  const [state, setState] = useState<'unknown' | 'granted' | 'denied'>('unknown');
  const ask = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((track) => track.stop());
      setState('granted');
      await micPermissionItem.setValue('granted');
    } catch {
      setState('denied');
      await micPermissionItem.setValue('denied');
    }
  };
  return (
    <main lang={language} className="mx-auto max-w-md space-y-4 p-8 text-gray-900">
      <h1 className="text-xl font-bold">{t('welcomeTitle')}</h1>
      <p>{t('welcomeBody')}</p>
      <button type="button" data-testid="allow-mic" onClick={() => void ask()} className="rounded bg-indigo-600 px-4 py-2 text-white">
        {t('allowMic')}
      </button>
      {state !== 'unknown' && (
        <p role="status" data-testid="mic-state" data-state={state}>
          {state === 'granted' ? t('micGranted') : t('micDenied')}
        </p>
      )}
    </main>
  );
}
