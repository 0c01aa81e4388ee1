import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n/i18n';
import { serverUrlItem } from './settings';
import { useStorageItem } from './use-storage-item';

/** Origins the manifest already grants; any other server is asked for at save time. */
const GRANTED_HOSTS = new Set(['127.0.0.1', 'localhost']);

async function allowServer(url: URL): Promise<boolean> {
  if (GRANTED_HOSTS.has(url.hostname) || !browser.permissions) return true;
  return browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }).catch(() => false);
}

export function ServerSection({ t }: { t: Translate }) {
  const saved = useStorageItem(serverUrlItem);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  useEffect(() => {
    if (saved !== undefined) setDraft(saved);
  }, [saved]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    let url: URL;
    try {
      url = new URL(draft.trim());
    } catch {
      return setStatus('invalid');
    }
    if (!/^https?:$/.test(url.protocol) || !(await allowServer(url))) return setStatus('invalid');
    await serverUrlItem.setValue(url.origin);
    setStatus('saved');
  };

  return (
    <form onSubmit={save} className="space-y-1">
      <label htmlFor="server-url" className="block text-sm font-medium">
        {t('serverUrl')}
      </label>
      <div className="flex gap-2">
        <input
          id="server-url"
          data-testid="server-url"
          type="url"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setStatus('idle');
          }}
          className="flex-1 rounded border border-gray-300 px-2 py-1 text-sm"
        />
        <button type="submit" data-testid="save-server-url" className="rounded bg-gray-800 px-3 py-1 text-sm text-white">
          {t('save')}
        </button>
      </div>
      {status === 'saved' && <p role="status" className="text-xs text-emerald-700">{t('saved')}</p>}
      {status === 'invalid' && <p role="alert" className="text-xs text-red-700">{t('serverUnreachable')}</p>}
    </form>
  );
}
