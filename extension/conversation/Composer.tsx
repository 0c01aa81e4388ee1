import { useState, type FormEvent } from 'react';
import type { Translate } from '../i18n/i18n';
import { MicButton } from '../voice/MicButton';

interface ComposerProps {
  onSend: (text: string) => boolean;
  listening: boolean;
  micSupported: boolean;
  handsFree: boolean;
  onMicPress: () => void;
  onMicRelease: () => void;
  onHandsFreeChange: (on: boolean) => void;
  disabled: boolean;
  t: Translate;
}

export function Composer(props: ComposerProps) {
  const { onSend, t } = props;
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSend(text)) setText('');
  };
  return (
    <form onSubmit={submit} className="space-y-1 border-t border-gray-200 pt-2">
      <div className="flex items-center gap-2">
        <MicButton
          listening={props.listening}
          supported={props.micSupported}
          onPress={props.onMicPress}
          onRelease={props.onMicRelease}
          t={t}
        />
        <label className="sr-only" htmlFor="composer-input">
          {t('composerLabel')}
        </label>
        <input
          id="composer-input"
          data-testid="composer-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('composerPlaceholder')}
          autoComplete="off"
          maxLength={2000}
          className="min-w-0 flex-1 rounded-full border border-gray-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none"
        />
        <button
          type="submit"
          data-testid="send-button"
          disabled={props.disabled || !text.trim()}
          className="rounded-full bg-indigo-600 px-3 py-2 text-sm font-medium text-white disabled:opacity-40"
        >
          {t('send')}
        </button>
      </div>
      <label className="flex items-center gap-1 text-xs text-gray-500">
        <input
          type="checkbox"
          checked={props.handsFree}
          disabled={!props.micSupported}
          onChange={(e) => props.onHandsFreeChange(e.target.checked)}
        />
        {t('handsFree')}
      </label>
    </form>
  );
}
