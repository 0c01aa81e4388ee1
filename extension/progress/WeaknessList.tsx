import type { Weaknesses } from '../../shared/api';
import { correctionTypeLabel } from './correction-type-labels';
import type { Language } from '../i18n/i18n';
import type { ProgressTranslate } from '../i18n/progress-messages';

interface WeaknessListProps {
  items: Weaknesses['items'];
  language: Language;
  t: ProgressTranslate;
}

export function WeaknessList({ items, language, t }: WeaknessListProps) {
  return (
    <section aria-label={t('weaknesses')} className="space-y-1">
      <h2 className="text-xs font-semibold text-gray-600">{t('weaknesses')}</h2>
      {items.length === 0 && <p className="text-xs text-gray-500">{t('nothingYet')}</p>}
      <ul className="space-y-1">
        {items.slice(0, 3).map((w) => {
          const example = w.examples[0];
          return (
            <li key={w.type} data-testid="weakness" data-type={w.type} className="rounded bg-gray-50 p-1.5 text-xs">
              <span className="font-medium">{correctionTypeLabel(w.type, language)}</span> · {w.count}
              {example && (
                <p className="text-gray-600">
                  <s>{example.original}</s> → {example.corrected}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
