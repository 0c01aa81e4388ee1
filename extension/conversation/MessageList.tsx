import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/i18n';
import type { Strictness } from '../settings/settings';
import type { ChatMessage, ReviewChip } from './conversation-store';
import { MessageBubble } from './MessageBubble';

interface MessageListProps {
  messages: readonly ChatMessage[];
  liveTranscript: string;
  strictness: Strictness;
  reviewTargets: Readonly<Record<string, ReviewChip>>;
  onOpenReview: (itemId: string) => void;
  t: Translate;
}

export function MessageList({ messages, liveTranscript, strictness, reviewTargets, onOpenReview, t }: MessageListProps) {
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // Chromium's scroll methods now return a promise; an effect must return nothing or a cleanup.
    void end.current?.scrollIntoView({ block: 'end' });
  }, [messages, liveTranscript]);
  return (
    <ol aria-label={t('conversation')} aria-live="polite" className="flex flex-1 flex-col gap-2 overflow-y-auto py-2">
      {messages.map((message) => (
        <MessageBubble
          key={message.id}
          message={message}
          strictness={strictness}
          reviewChip={message.role === 'assistant' && message.turnId ? reviewTargets[message.turnId] : undefined}
          onOpenReview={onOpenReview}
          t={t}
        />
      ))}
      {liveTranscript && (
        <li data-testid="live-caption" aria-label={t('liveCaption')} className="self-end rounded-2xl border border-dashed border-indigo-300 px-3 py-2 text-sm italic text-gray-600">
          {liveTranscript}
        </li>
      )}
      <li ref={end} aria-hidden="true" />
    </ol>
  );
}
