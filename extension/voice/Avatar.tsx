import type { Viseme } from './visemes';
import type { Translate } from '../i18n/i18n';

/** Mouth outlines per viseme, in the 100x100 face's coordinates. */
const MOUTHS: Record<Viseme, { rx: number; ry: number }> = {
  rest: { rx: 9, ry: 1.5 },
  closed: { rx: 8, ry: 0.8 },
  open: { rx: 9, ry: 8 },
  wide: { rx: 12, ry: 4 },
  round: { rx: 5.5, ry: 6 },
  teeth: { rx: 10, ry: 3 },
};

/** A reply's rendered video the learner asked to watch; it replaces the animated face while it plays. */
export interface AvatarVideo {
  url: string;
  onEnded: () => void;
  /** This browser cannot play it: the animated avatar comes back. */
  onFailed: () => void;
}

interface AvatarProps {
  speaking: boolean;
  viseme: Viseme;
  video?: AvatarVideo | null;
  t: Translate;
}

export function Avatar({ speaking, viseme, video, t }: AvatarProps) {
  const mouth = MOUTHS[viseme];
  return (
    <div
      data-testid="avatar"
      data-speaking={String(speaking)}
      data-viseme={viseme}
      role="img"
      aria-label={speaking ? `${t('avatarLabel')} (${t('speaking')})` : t('avatarLabel')}
      className="mx-auto h-28 w-28 shrink-0"
    >
      {video ? (
        // Started by the learner's own click on "Watch", so it may play with sound.
        <video
          data-testid="avatar-video"
          src={video.url}
          autoPlay
          playsInline
          onEnded={video.onEnded}
          onError={video.onFailed}
          className="h-full w-full rounded-full object-cover"
        />
      ) : (
        <svg viewBox="0 0 100 100" className="h-full w-full" aria-hidden="true">
          <g className="avatar-body">
            <rect x="22" y="78" width="56" height="30" rx="16" fill="#6366f1" />
            <circle cx="50" cy="46" r="32" fill="#fcd9b6" />
            <path d="M18 40 Q50 2 82 40 Q70 22 50 22 Q30 22 18 40Z" fill="#4b3621" />
            <ellipse className="avatar-eye" cx="38" cy="44" rx="3.2" ry="4" fill="#1f2937" />
            <ellipse className="avatar-eye" cx="62" cy="44" rx="3.2" ry="4" fill="#1f2937" />
            <ellipse cx="50" cy="62" rx={mouth.rx} ry={mouth.ry} fill="#9f1239" />
          </g>
        </svg>
      )}
    </div>
  );
}
