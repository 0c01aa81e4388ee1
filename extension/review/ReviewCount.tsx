import type { Translate } from '../i18n/i18n';

interface ReviewCountProps {
  due: number | null;
  /** Opens the next due item's drill; without it the count is only shown. */
  onOpen?: () => void;
  t: Translate;
}

/** "N to review": the notebook items due now. */
export function ReviewCount({ due, onOpen, t }: ReviewCountProps) {
  if (due === null) return null;
  return (
    <button
      type="button"
      data-testid="review-count"
      data-count={due}
      disabled={!onOpen || due === 0}
      onClick={onOpen}
      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 enabled:hover:bg-amber-200 disabled:opacity-60"
    >
      {t('reviewCount', { count: due })}
    </button>
  );
}
