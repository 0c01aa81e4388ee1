import type { Translate } from '../i18n/i18n';

interface AgainMarkProps {
  itemId: string;
  corrected: string;
  onOpen?: (itemId: string) => void;
  t: Translate;
}

/** Beside a correction the learner had made before: says so, and opens its notebook item's drill. */
export function AgainMark({ itemId, corrected, onOpen, t }: AgainMarkProps) {
  return (
    <button
      type="button"
      data-testid="correction-again"
      data-item-id={itemId}
      onClick={() => onOpen?.(itemId)}
      aria-label={t('reviewAgainLabel', { corrected })}
      className="ml-0.5 rounded-full bg-amber-300 px-1.5 text-[10px] font-bold text-amber-950"
    >
      ↻ {t('reviewAgain')}
    </button>
  );
}
