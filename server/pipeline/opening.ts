// The tutor's first message of a session, stored like any other message. Sent once: a session
// that already has messages gets no new greeting when the client reconnects.
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import type { Services } from '../services';
import { tutorLevelFor } from '../learning/level/tutor-level';
import { articleOf, learnerOf } from './context';

const OPENING_TIMEOUT_MS = 15_000;

export async function openingMessage(services: Services, session: Session, user: AuthUser) {
  const { db, providers, now } = services;
  const existing = await db.prisma.conversation.count({ where: { sessionId: session.id } });
  if (existing > 0) return null;
  const text = await providers.llm.opening(
    {
      article: articleOf(session),
      learner: learnerOf(user, await tutorLevelFor(db.prisma, user)),
    },
    AbortSignal.timeout(OPENING_TIMEOUT_MS),
  );
  const message = await db.prisma.conversation.create({
    data: { sessionId: session.id, role: 'assistant', content: text, createdAt: now() },
  });
  return { messageId: message.id, text };
}
