// The writes and reads of a turn's hot path, as single SQL statements through Prisma's raw
// queries. Measured (npm run bench:pipeline, PGlite and PostgreSQL): Prisma's model API spends
// ~2 ms of CPU compiling each query and ~15 ms for an 80-row createMany; these statements cost
// a fraction of that, which is what lets one process serve hundreds of sessions at once.
// Everything else (REST reads, accounts) keeps the model API.
import { randomUUID } from 'node:crypto';
import type { Correction } from '../../shared/corrections';
import type { ServerEvent } from '../../shared/ws';
import type { Prisma } from '../db/client';
import type { HistoryMessage } from '../providers/types';

export interface NewMessage {
  sessionId: string;
  role: 'user' | 'assistant';
  content: string;
  turnId: string | null;
  audioUrl?: string | null;
  interrupted?: boolean;
  /** The notebook item this tutor reply gives the learner a chance to use. */
  reviewTargetId?: string | null;
  createdAt: Date;
}

export async function insertMessage(prisma: Prisma, message: NewMessage): Promise<string> {
  const id = randomUUID();
  await prisma.$executeRaw`
    INSERT INTO "Conversation" ("id", "sessionId", "role", "content", "turnId", "audioUrl", "interrupted", "reviewTargetId", "createdAt")
    VALUES (${id}, ${message.sessionId}, ${message.role}::"Role", ${message.content}, ${message.turnId},
            ${message.audioUrl ?? null}, ${message.interrupted ?? false}, ${message.reviewTargetId ?? null}, ${message.createdAt})`;
  return id;
}

export async function updateMessageContent(prisma: Prisma, id: string, content: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "Conversation" SET "content" = ${content} WHERE "id" = ${id}`;
}

/** The latest messages of a session before the given turn, oldest first. */
/** How much of the conversation the tutor is given with each turn. */
export const HISTORY_MESSAGES = 20;

/**
 * Marks work started ahead of its await as observed: should the turn fail before that await (the
 * database gone), a rejection nobody observed would end the whole process.
 */
export function startedAhead<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

export async function recentHistory(prisma: Prisma, sessionId: string, turnId: string, limit: number): Promise<HistoryMessage[]> {
  const rows = await prisma.$queryRaw<HistoryMessage[]>`
    SELECT "role"::text AS "role", "content" FROM "Conversation"
     WHERE "sessionId" = ${sessionId} AND "content" <> '' AND "turnId" IS DISTINCT FROM ${turnId}
     ORDER BY "createdAt" DESC, "id" DESC LIMIT ${limit}`;
  return rows.reverse();
}

export interface CorrectionOwner {
  sessionId: string;
  conversationId: string;
  userId: string;
  createdAt: Date;
}

export async function insertCorrections(prisma: Prisma, owner: CorrectionOwner, corrections: readonly (Correction & { reviewItemId?: string | null })[]): Promise<void> {
  if (corrections.length === 0) return;
  const rows = corrections.map((c) => ({
    id: randomUUID(),
    type: c.type,
    originalText: c.original,
    correctedText: c.corrected,
    explanation: c.explanation,
    severity: c.severity,
    source: c.source,
    ruleId: c.ruleId ?? null,
    startOffset: c.start,
    endOffset: c.end,
    reviewItemId: c.reviewItemId ?? null,
  }));
  await prisma.$executeRaw`
    INSERT INTO "Correction" ("id", "sessionId", "conversationId", "userId", "type", "originalText", "correctedText",
                              "explanation", "severity", "source", "ruleId", "startOffset", "endOffset", "reviewItemId", "createdAt")
    SELECT r."id", ${owner.sessionId}, ${owner.conversationId}, ${owner.userId}, r."type", r."originalText", r."correctedText",
           r."explanation", r."severity", r."source", r."ruleId", r."startOffset", r."endOffset", r."reviewItemId", ${owner.createdAt}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "type" text, "originalText" text,
           "correctedText" text, "explanation" text, "severity" text, "source" text, "ruleId" text,
           "startOffset" int, "endOffset" int, "reviewItemId" text)`;
}

export async function insertTurnEvents(prisma: Prisma, sessionId: string, turnId: string, events: readonly ServerEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ id: randomUUID(), seq: (event as { seq: number }).seq, type: event.type, payload: event }));
  await prisma.$executeRaw`
    INSERT INTO "TurnEvent" ("id", "sessionId", "turnId", "seq", "type", "payload")
    SELECT r."id", ${sessionId}, ${turnId}, r."seq", r."type", r."payload"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "seq" int, "type" text, "payload" jsonb)`;
}
