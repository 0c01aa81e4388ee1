import { useState } from 'react';
import { visibleCorrections } from './correction-segments';
import type { Translate } from '../i18n/i18n';
import type { Strictness } from '../settings/settings';
import type { ChatMessage, ReviewChip as Chip } from './conversation-store';
import { CorrectedText } from './CorrectedText';
import { ReviewChip } from '../review/ReviewChip';
import { WatchVideoButton } from '../voice/WatchVideoButton';

interface MessageBubbleProps {
  message: ChatMessage;
  strictness: Strictness;
  /** A tutor reply's review chip, when it targeted a notebook item. */
  reviewChip?: Chip;
  onOpenReview?: (itemId: string) => void;
  t: Translate;
}

export function MessageBubble({ message, strictness, reviewChip, onOpenReview, t }: MessageBubbleProps) {
  const [revealed, setRevealed] = useState(false);
  const isUser = message.role === 'user';
  const corrections = isUser ? visibleCorrections(message.corrections, strictness, revealed) : [];
  const hidden = isUser && strictness === 'on-request' && !revealed && message.corrections.length > 0;
  return (
    <li
      data-testid={isUser ? 'message-user' : 'message-assistant'}
      data-pending={message.pending ? 'true' : undefined}
      data-not-sent={message.notSent ? 'true' : undefined}
      aria-label={isUser ? t('you') : t('tutor')}
      className={`max-w-[85%] rounded-2xl px-3 py-2 text-sm ${
        isUser ? 'self-end bg-indigo-600 text-white' : 'self-start bg-gray-100 text-gray-900'
      } ${message.pending || message.notSent ? 'opacity-70' : ''}`}
    >
      {isUser ? (
        <CorrectedText text={message.text} corrections={corrections} onOpenReview={onOpenReview} t={t} />
      ) : (
        <p className="whitespace-pre-wrap">{message.text}</p>
      )}
      {message.notSent && <p className="mt-1 text-xs font-semibold opacity-90">{t('notSent')}</p>}
      {!isUser && reviewChip && <ReviewChip chip={reviewChip} t={t} />}
      {!isUser && <WatchVideoButton message={message} t={t} />}
      {hidden && (
        <button type="button" onClick={() => setRevealed(true)} className="mt-1 text-xs underline">
          {t('explanation')} ({message.corrections.length})
        </button>
      )}
    </li>
  );
}
