// What every step of a turn shares: the services, the session and learner, the turn's event
// recording, its stage timer, and the signal that barge-in aborts.
import type { NativeLanguage } from '../../shared/corrections';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import type { TurnTimer } from '../metrics/turn-timer';
import { MaterialKind } from '../../shared/api';
import type { ArticleContext, LearnerProfile, StreamingTtsSession, TutorLevel } from '../providers/types';
import type { Services } from '../services';
import type { TurnRecording } from './turn-log';

export interface TurnContext {
  services: Services;
  session: Session;
  user: AuthUser;
  recording: TurnRecording;
  timer: TurnTimer;
  signal: AbortSignal;
  /** A streamed spoken turn: the reply's first clause is spoken alone, as soon as it is written. */
  firstClauseAtOnce?: boolean;
  /** A streamed turn's voice stream (the reply's text sent as it is written), when one is open. */
  speech?: StreamingTtsSession;
}

/** `level` is resolved once per turn (tutorLevelFor): 'auto' follows the learner's estimate. */
export const learnerOf = (user: AuthUser, level: TutorLevel): LearnerProfile => ({
  nativeLanguage: user.nativeLanguage as NativeLanguage,
  level,
});

export const articleOf = (session: Session): ArticleContext => ({
  pageUrl: session.pageUrl,
  pageTitle: session.pageTitle,
  articleText: session.articleText,
  materialKind: MaterialKind.safeParse(session.materialKind).data ?? null,
  materialAuthor: session.materialAuthor,
});
