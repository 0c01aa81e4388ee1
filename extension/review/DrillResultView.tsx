import { useEffect, useRef } from 'react';
import type { Language } from '../i18n/i18n';
import type { ReviewTranslate } from '../i18n/review-messages';
import { WordScores } from '../practice/WordScores';
import type { DrillResult } from './drill-store';
import { describeDue } from './next-due';

interface DrillResultViewProps {
  result: DrillResult;
  language: Language;
  onNext: () => void;
  t: ReviewTranslate;
}

export function DrillResultView({ result, language, onNext, t }: DrillResultViewProps) {
  const next = useRef<HTMLButtonElement>(null);
  // The answer field is gone: focus moves on to "Next item" so the keyboard keeps its place.
  useEffect(() => next.current?.focus(), []);
  return (
    <div data-testid="review-result" data-rating={result.rating} aria-live="polite" className="space-y-1">
      <p className="font-semibold">
        {t('drillScore', { score: result.score })} · {t(`rating_${result.rating}`)}
      </p>
      <WordScores words={result.words} />
      <p data-testid="review-next-due" className="text-xs text-gray-700">
        {t('drillNextDue', { when: describeDue(result.due, Date.now(), language) })}
      </p>
      <button ref={next} type="button" data-testid="review-next" onClick={onNext} className="rounded bg-amber-600 px-2 py-1 text-xs text-white">
        {t('drillNext')}
      </button>
    </div>
  );
}
