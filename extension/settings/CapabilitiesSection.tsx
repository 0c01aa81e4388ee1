import { useEffect, useState } from 'react';
import { apiClient } from '../api/auth';
import type { Translate } from '../i18n/i18n';
import { serverUrlItem } from './settings';
import { useStorageItem } from './use-storage-item';

type Capabilities = Record<string, string>;

function capabilitiesOf(health: Record<string, unknown>): Capabilities | null {
  const value = health.capabilities;
  if (!value || typeof value !== 'object') return null;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

export function CapabilitiesSection({ t }: { t: Translate }) {
  const serverUrl = useStorageItem(serverUrlItem);
  const [state, setState] = useState<{ reachable: boolean; capabilities: Capabilities | null } | null>(null);
  useEffect(() => {
    if (!serverUrl) return;
    let active = true;
    void apiClient()
      .then((api) => api.health())
      .then((health) => active && setState({ reachable: true, capabilities: capabilitiesOf(health) }))
      .catch(() => active && setState({ reachable: false, capabilities: null }));
    return () => {
      active = false;
    };
  }, [serverUrl]);

  return (
    <section aria-label={t('capabilities')} data-testid="capabilities" className="space-y-1 text-sm">
      <h2 className="font-medium">{t('capabilities')}</h2>
      {state && !state.reachable && <p className="text-xs text-red-700">{t('serverUnreachable')}</p>}
      {state?.reachable && (
        <ul className="grid grid-cols-2 gap-1 text-xs">
          {Object.entries(state.capabilities ?? {}).map(([name, mode]) => (
            <li key={name} data-testid="capability" data-mode={mode}>
              <span className={mode === 'live' ? 'text-emerald-700' : 'text-gray-500'}>●</span> {name}: {mode === 'live' ? t('live') : t('offline')}
            </li>
          ))}
          {!state.capabilities && <li className="text-gray-500">{t('status_open')}</li>}
        </ul>
      )}
    </section>
  );
}
