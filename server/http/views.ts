// Database rows -> the shapes of shared/api.ts. Never returns passwordHash or token hashes.
import { MaterialKind, type CorrectionView, type MessageView, type PublicUser, type SessionView } from '../../shared/api';
import type { CorrectionType, Level, NativeLanguage, Severity, CorrectionSource } from '../../shared/corrections';
import type { Conversation, Correction, Session, User } from '../db/generated/client';

export function toPublicUser(user: User): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    nativeLanguage: user.nativeLanguage as NativeLanguage,
    level: user.level as Level,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toSessionView(session: Session): SessionView {
  return {
    id: session.id,
    userId: session.userId,
    pageUrl: session.pageUrl,
    pageTitle: session.pageTitle,
    topic: session.topic,
    keyTerms: session.keyTerms,
    materialKind: MaterialKind.safeParse(session.materialKind).data ?? null,
    videoId: session.videoId,
    materialAuthor: session.materialAuthor,
    startedAt: session.startedAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
    durationSec: session.durationSec,
  };
}

export function toMessageView(message: Conversation): MessageView {
  return {
    id: message.id,
    sessionId: message.sessionId,
    role: message.role,
    content: message.content,
    turnId: message.turnId,
    audioUrl: message.audioUrl,
    videoUrl: message.videoUrl,
    interrupted: message.interrupted,
    createdAt: message.createdAt.toISOString(),
  };
}

export function toCorrectionView(correction: Correction): CorrectionView {
  return {
    id: correction.id,
    sessionId: correction.sessionId,
    conversationId: correction.conversationId,
    type: correction.type as CorrectionType,
    originalText: correction.originalText,
    correctedText: correction.correctedText,
    explanation: correction.explanation,
    severity: correction.severity as Severity,
    source: correction.source as CorrectionSource,
    startOffset: correction.startOffset,
    endOffset: correction.endOffset,
    createdAt: correction.createdAt.toISOString(),
  };
}
