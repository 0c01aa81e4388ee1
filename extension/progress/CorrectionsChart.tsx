import type { ProgressStats } from '../../shared/api';
import { correctionTypeLabel } from './correction-type-labels';
import type { Language } from '../i18n/i18n';
import type { ProgressTranslate } from '../i18n/progress-messages';

interface CorrectionsChartProps {
  counts: ProgressStats['correctionsByTypeThisWeek'];
  language: Language;
  t: ProgressTranslate;
}

export function CorrectionsChart({ counts, language, t }: CorrectionsChartProps) {
  const rows = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count).slice(0, 6);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section aria-label={t('correctionsThisWeek')} className="space-y-1">
      <h2 className="text-xs font-semibold text-gray-600">{t('correctionsThisWeek')}</h2>
      {rows.length === 0 && <p className="text-xs text-gray-500">{t('nothingYet')}</p>}
      <ul className="space-y-0.5">
        {rows.map((row) => (
          <li key={row.type} data-testid="correction-bar" data-type={row.type} className="flex items-center gap-2 text-xs">
            <span className="w-24 truncate">{correctionTypeLabel(row.type, language)}</span>
            <span className="h-2 rounded bg-indigo-400" style={{ width: `${(row.count / max) * 100}px` }} aria-hidden="true" />
            <span>{row.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
