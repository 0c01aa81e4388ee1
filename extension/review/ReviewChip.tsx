import type { Translate } from '../i18n/i18n';
import type { ReviewChip as Chip } from '../conversation/conversation-store';

/** Under a tutor reply that gave the learner a chance to use a notebook item; shows how their next turn went. */
export function ReviewChip({ chip, t }: { chip: Chip; t: Translate }) {
  const outcome = chip.result && (chip.result === 'again' ? 'again' : 'correct');
  return (
    <p data-testid="review-chip" data-item-id={chip.itemId} data-result={outcome} className={`mt-1 w-fit rounded-full px-2 text-[11px] ${outcome === 'again' ? 'bg-red-100' : 'bg-emerald-100'}`}>
      {t('reviewChip')}
      {outcome && `: ${t(outcome === 'again' ? 'reviewSameMistake' : 'reviewUsedCorrectly')}`}
    </p>
  );
}
