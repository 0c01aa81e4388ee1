import type { Translate, MessageKey } from '../i18n/i18n';
import type { ConversationState } from './conversation-store';

const DOT: Record<ConversationState['status'], string> = {
  idle: 'bg-gray-400',
  connecting: 'bg-amber-400',
  open: 'bg-emerald-500',
  reconnecting: 'bg-amber-400',
  closed: 'bg-gray-400',
  failed: 'bg-red-500',
};

interface ConnectionBadgeProps {
  status: ConversationState['status'];
  capabilities: ConversationState['capabilities'];
  t: Translate;
}

export function ConnectionBadge({ status, capabilities, t }: ConnectionBadgeProps) {
  const live = Object.entries(capabilities)
    .map(([name, mode]) => `${name}: ${t(mode)}`)
    .join(', ');
  return (
    <div
      data-testid="connection"
      data-status={status}
      role="status"
      aria-live="polite"
      title={live ? `${t('capabilities')} — ${live}` : undefined}
      className="flex items-center gap-1.5 text-xs text-gray-500"
    >
      <span className={`inline-block h-2 w-2 rounded-full ${DOT[status]}`} aria-hidden="true" />
      {t(`status_${status}` as MessageKey)}
    </div>
  );
}
