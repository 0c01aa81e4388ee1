// One text turn: store the learner's words first (ack), local corrections at once, then the
// tutor's reply streamed and stored. A turn aborted by barge-in stores its partial reply marked
// interrupted. Nothing the learner said is lost whatever happens after the ack.
import type { Session } from '../db/generated/client';
import type { Correction, NativeLanguage, Level } from '../../shared/corrections';
import type { AuthUser } from '../http/context';
import { recordActivity } from '../progress/rollup';
import type { HistoryMessage, TutorTurnContext } from '../providers/types';
import type { Services } from '../services';
import { createTurnEmitter, type EmitEvent } from './events';

const HISTORY_MESSAGES = 20;

export interface TextTurnInput {
  services: Services;
  session: Session;
  user: AuthUser;
  text: string;
  clientTurnId?: string;
  emit: EmitEvent;
  signal: AbortSignal;
}

export async function runTextTurn({ services, session, user, text, clientTurnId, emit, signal }: TextTurnInput) {
  const { db, checker, providers, logger, now } = services;
  const turn = createTurnEmitter(emit);

  const userMessage = await db.prisma.conversation.create({
    data: { sessionId: session.id, role: 'user', content: text, turnId: turn.turnId, createdAt: now() },
  });
  turn.emit({ type: 'ack', messageId: userMessage.id, ...(clientTurnId ? { clientTurnId } : {}) });

  const language = user.nativeLanguage as NativeLanguage;
  const checked = await checker.check(text, language);
  await storeCorrections(services, session, user.id, userMessage.id, checked.corrections);
  for (const correction of checked.corrections) {
    turn.emit({ type: 'correction', messageId: userMessage.id, correction });
  }

  const context: TutorTurnContext = {
    article: { pageUrl: session.pageUrl, pageTitle: session.pageTitle, articleText: session.articleText },
    learner: { nativeLanguage: language, level: user.level as Level },
    history: await recentHistory(services, session.id, userMessage.id),
    userText: text,
    localCorrections: checked.corrections,
    correctedText: checked.corrected,
  };

  let reply = '';
  try {
    for await (const piece of providers.llm.streamReply(context, signal)) {
      if (signal.aborted) break;
      reply += piece;
      turn.emit({ type: 'reply.delta', text: piece });
    }
  } catch (error) {
    if (!signal.aborted) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), sessionId: session.id }, 'tutor reply failed');
      turn.emit({ type: 'error', code: 'internal', message: 'The tutor could not answer this time. Your message is saved.' });
    }
  }

  const interrupted = signal.aborted;
  if (reply.length > 0 || !interrupted) {
    const replyText = reply.trim();
    const assistant = await db.prisma.conversation.create({
      data: { sessionId: session.id, role: 'assistant', content: replyText, turnId: turn.turnId, interrupted, createdAt: now() },
    });
    if (!interrupted) turn.emit({ type: 'reply.done', messageId: assistant.id, text: replyText });
  }
  await recordActivity(db.prisma, user.id, now(), { turns: 1, corrections: checked.corrections.length });
  turn.emit({ type: 'turn.done' });
  return { turnId: turn.turnId, userMessageId: userMessage.id, interrupted };
}

async function storeCorrections(services: Services, session: Session, userId: string, conversationId: string, corrections: Correction[]) {
  if (corrections.length === 0) return;
  await services.db.prisma.correction.createMany({
    data: corrections.map((c) => ({
      sessionId: session.id,
      conversationId,
      userId,
      type: c.type,
      originalText: c.original,
      correctedText: c.corrected,
      explanation: c.explanation,
      severity: c.severity,
      source: c.source,
      ruleId: c.ruleId ?? null,
      startOffset: c.start,
      endOffset: c.end,
      createdAt: services.now(),
    })),
  });
}

async function recentHistory(services: Services, sessionId: string, excludeId: string): Promise<HistoryMessage[]> {
  const rows = await services.db.prisma.conversation.findMany({
    where: { sessionId, id: { not: excludeId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_MESSAGES,
    select: { role: true, content: true },
  });
  return rows.reverse();
}
