import { useState, type FormEvent } from 'react';
import type { Translate } from '../i18n/i18n';
import { SERVER_URL_PROBLEM_MESSAGES, ServerUrlError, saveServerUrl, type ServerUrlProblem } from './server-url';
import type { ServerDraft } from './use-server-draft';

export function ServerSection({ draft, t }: { draft: ServerDraft; t: Translate }) {
  const [status, setStatus] = useState<'idle' | 'saved' | ServerUrlProblem>('idle');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveServerUrl(draft.text);
      setStatus('saved');
    } catch (error) {
      if (!(error instanceof ServerUrlError)) throw error;
      setStatus(error.problem);
    }
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
          value={draft.text}
          onChange={(e) => {
            draft.setText(e.target.value);
            setStatus('idle');
          }}
          className="flex-1 rounded border border-gray-300 px-2 py-1 text-sm"
        />
        <button type="submit" data-testid="save-server-url" className="rounded bg-gray-800 px-3 py-1 text-sm text-white">
          {t('save')}
        </button>
      </div>
      {status === 'saved' && <p role="status" className="text-xs text-emerald-700">{t('saved')}</p>}
      {(status === 'invalid' || status === 'not_allowed') && (
        <p role="alert" className="text-xs text-red-700">{t(SERVER_URL_PROBLEM_MESSAGES[status])}</p>
      )}
    </form>
  );
}
