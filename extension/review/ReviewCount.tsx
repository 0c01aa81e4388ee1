import type { Translate } from '../i18n/i18n';

/** "N to review": the notebook items due now; opens the next one's drill. */
export function ReviewCount({ due, onOpen, t }: { due: number | null; onOpen: () => void; t: Translate }) {
  if (due === null) return null;
  return (
    <button type="button" data-testid="review-count" data-count={due} disabled={due === 0} onClick={onOpen} className="rounded-full bg-amber-100 px-2 text-xs disabled:opacity-60">
      {t('reviewCount', { count: due })}
    </button>
  );
}
