import type { LevelEstimate } from '../../shared/review';
import type { ProgressTranslate } from '../i18n/progress-messages';
import { confidenceWord, levelTrend } from './level-trend';

/** The level the server estimates from the learner's own words, how sure it is, and where it is heading. */
export function LevelEstimateView({ estimate, t }: { estimate: LevelEstimate; t: ProgressTranslate }) {
  const trend = levelTrend(estimate.trend);
  return (
    <section data-testid="level-estimate" data-level={estimate.level ?? ''} aria-label={t('levelTitle')} className="rounded-lg bg-emerald-50 p-2">
      <h2 className="text-xs font-semibold text-gray-600">{t('levelTitle')}</h2>
      <p className={estimate.level ? 'text-xl font-bold text-emerald-800' : 'text-sm font-semibold text-emerald-800'}>{estimate.level ?? t('levelNotYet')}</p>
      <p data-testid="level-confidence" className="text-[11px] text-gray-700">
        {estimate.level && `${t(`confidence_${confidenceWord(estimate.confidence)}`)}, `}
        {t('levelBasedOn', { words: estimate.basedOnWords })}
      </p>
      {trend && (
        <p data-testid="level-trend" data-direction={trend.direction} className="text-[11px] text-gray-700">
          {trend.direction === 'rising' ? '↗' : trend.direction === 'falling' ? '↘' : '→'} {t(`trend_${trend.direction}`, { weeks: trend.weeks })}
        </p>
      )}
    </section>
  );
}
