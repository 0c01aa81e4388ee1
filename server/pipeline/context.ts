// What every step of a turn shares: the services, the session and learner, the turn's event
// recording, its stage timer, and the signal that barge-in aborts.
import type { Level, NativeLanguage } from '../../shared/corrections';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import type { TurnTimer } from '../metrics/turn-timer';
import { MaterialKind } from '../../shared/api';
import type { ArticleContext, LearnerProfile } from '../providers/types';
import type { Services } from '../services';
import type { TurnRecording } from './turn-log';

export interface TurnContext {
  services: Services;
  session: Session;
  user: AuthUser;
  recording: TurnRecording;
  timer: TurnTimer;
  signal: AbortSignal;
}

export const learnerOf = (user: AuthUser): LearnerProfile => ({
  nativeLanguage: user.nativeLanguage as NativeLanguage,
  level: user.level as Level,
});

export const articleOf = (session: Session): ArticleContext => ({
  pageUrl: session.pageUrl,
  pageTitle: session.pageTitle,
  articleText: session.articleText,
  materialKind: MaterialKind.safeParse(session.materialKind).data ?? null,
  materialAuthor: session.materialAuthor,
});
