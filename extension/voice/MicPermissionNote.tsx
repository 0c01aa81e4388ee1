import { browser } from 'wxt/browser';
import type { Translate } from '../i18n/i18n';

export function MicPermissionNote({ t }: { t: Translate }) {
  return (
    <p role="alert" className="rounded bg-sky-50 p-2 text-xs text-sky-900">
      {t('micNeedsPermission')}{' '}
      <button
        type="button"
        className="underline"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
      >
        {t('allowMic')}
      </button>
    </p>
  );
}
