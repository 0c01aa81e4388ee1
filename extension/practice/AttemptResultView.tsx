import type { AttemptResult } from '../../shared/phrases';
import type { Translate } from '../i18n/i18n';
import { WordScores } from './WordScores';

export function AttemptResultView({ result, t }: { result: AttemptResult; t: Translate }) {
  return (
    <div className="space-y-1" aria-live="polite">
      <p data-testid="practice-score" data-kind={result.kind} className="text-sm font-semibold">
        {t('score')}: {result.score}
      </p>
      {result.kind === 'say' && <WordScores words={result.words} />}
      {result.kind === 'use' && (
        <>
          <p data-testid="practice-verdict" data-verdict={result.verdict} className="text-xs">
            {result.verdict === 'correct' ? t('usedCorrectly') : t('usedIncorrectly')} {result.feedback}
          </p>
          {result.corrected !== result.transcript && <p className="text-xs text-gray-700">→ {result.corrected}</p>}
        </>
      )}
    </div>
  );
}
