import { browser } from 'wxt/browser';
import type { Translate } from '../i18n/i18n';

export function SignInPrompt({ t }: { t: Translate }) {
  return (
    <div data-testid="sign-in-prompt" className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
      <p>{t('signInFirst')}</p>
      <button
        type="button"
        onClick={() => void browser.runtime.openOptionsPage()}
        className="rounded bg-amber-600 px-3 py-1 text-white"
      >
        {t('openOptions')}
      </button>
    </div>
  );
}
