import { useState } from 'react';
import { apiClient } from '../api/auth';
import type { ProgressTranslate } from '../i18n/progress-messages';
import { downloadReviewCsv } from './download-file';

export function ExportButton({ t }: { t: ProgressTranslate }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadReviewCsv(await apiClient());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-1">
      <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void run()} className="rounded bg-indigo-600 px-3 py-2 text-sm font-medium text-white disabled:opacity-50">
        {t('exportCsv')}
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {t('exportFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
