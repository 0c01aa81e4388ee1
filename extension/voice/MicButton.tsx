import type { Translate } from '../i18n/i18n';

interface MicButtonProps {
  listening: boolean;
  supported: boolean;
  onPress: () => void;
  onRelease: () => void;
  t: Translate;
}

/** Push-to-talk: hold with the pointer, or hold Space/Enter when focused. */
export function MicButton({ listening, supported, onPress, onRelease, t }: MicButtonProps) {
  const label = !supported ? t('micUnsupported') : listening ? t('micListening') : t('micHold');
  return (
    <button
      type="button"
      data-testid="mic-button"
      aria-label={label}
      aria-pressed={listening}
      title={label}
      disabled={!supported}
      onPointerDown={onPress}
      onPointerUp={onRelease}
      onPointerLeave={() => listening && onRelease()}
      onKeyDown={(e) => (e.key === ' ' || e.key === 'Enter') && !e.repeat && (e.preventDefault(), onPress())}
      onKeyUp={(e) => (e.key === ' ' || e.key === 'Enter') && (e.preventDefault(), onRelease())}
      className={`grid h-10 w-10 shrink-0 place-items-center rounded-full ${
        listening ? 'bg-red-500 text-white' : 'bg-gray-100 text-gray-700'
      } disabled:opacity-40`}
    >
      <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true" fill="currentColor">
        <path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z" />
      </svg>
    </button>
  );
}
