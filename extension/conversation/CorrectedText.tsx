import { useState } from 'react';
import { segmentText } from './correction-segments';
import type { Translate } from '../i18n/i18n';
import type { MessageCorrection } from './conversation-store';
import { AgainMark } from '../review/AgainMark';

interface CorrectedTextProps {
  text: string;
  corrections: readonly MessageCorrection[];
  /** Opens the drill card for a notebook item. */
  onOpenReview?: (itemId: string) => void;
  t: Translate;
}

export function CorrectedText({ text, corrections, onOpenReview, t }: CorrectedTextProps) {
  const [open, setOpen] = useState<number | null>(null);
  const segments = segmentText(text, corrections);
  const opened = open === null ? undefined : corrections[open];
  return (
    <>
      <p className="whitespace-pre-wrap">
        {segments.map((segment, i) =>
          segment.kind === 'text' ? (
            <span key={i}>{segment.text}</span>
          ) : (
            <span key={i}>
              <button
                type="button"
                data-testid="correction"
                data-type={segment.correction.type}
                data-again={segment.correction.review?.again ? 'true' : undefined}
                aria-expanded={open === segment.index}
                aria-label={t('correctionLabel', {
                  original: segment.correction.original || '∅',
                  corrected: segment.correction.corrected || '∅',
                })}
                onClick={() => setOpen(open === segment.index ? null : segment.index)}
                className="rounded px-0.5 underline decoration-dotted hover:bg-white/30 focus:outline-2 focus:outline-amber-300"
              >
                {segment.correction.original && <s className="opacity-80">{segment.correction.original}</s>}
                {segment.correction.original && segment.correction.corrected && ' '}
                {segment.correction.corrected && <ins className="font-semibold text-amber-200 no-underline">{segment.correction.corrected}</ins>}
              </button>
              {segment.correction.review?.again && (
                <AgainMark itemId={segment.correction.review.itemId} corrected={segment.correction.corrected} onOpen={onOpenReview} t={t} />
              )}
            </span>
          ),
        )}
      </p>
      {opened && (
        <p data-testid="correction-explanation" role="note" className="mt-1 rounded bg-white/15 p-1.5 text-xs">
          <span className="font-semibold">{t('explanation')}: </span>
          {opened.explanation}
        </p>
      )}
    </>
  );
}
