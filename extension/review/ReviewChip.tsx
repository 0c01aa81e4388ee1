import type { Translate } from '../i18n/i18n';
import type { ReviewChip as Chip } from '../conversation/conversation-store';

/** Under a tutor reply that gave the learner a chance to use a notebook item; shows how their next turn went. */
export function ReviewChip({ chip, t }: { chip: Chip; t: Translate }) {
  const outcome = chip.result === undefined ? undefined : chip.result === 'again' ? 'again' : 'correct';
  const colour = outcome === 'again' ? 'bg-red-100 text-red-800' : outcome === 'correct' ? 'bg-emerald-100 text-emerald-800' : 'bg-indigo-100 text-indigo-800';
  return (
    <p
      data-testid="review-chip"
      data-item-id={chip.itemId}
      data-result={outcome}
      title={t('reviewChipLabel')}
      className={`mt-1 inline-block rounded-full px-2 text-[11px] font-medium ${colour}`}
    >
      {t('reviewChip')}
      {outcome && `: ${outcome === 'again' ? t('reviewSameMistake') : t('reviewUsedCorrectly')}`}
    </p>
  );
}
