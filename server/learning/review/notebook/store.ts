// The notebook's reads and writes on a turn's path, each one SQL statement through Prisma's raw
// queries (as server/pipeline/turn-store.ts explains: the model API costs milliseconds of CPU a
// query, which hundreds of sessions at once feel). The read runs beside the learner's words being
// stored and transcribed; the writes after the corrections are out.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../db/client';
import type { ExampleWrite, ItemWrite, LogWrite, NotebookItem } from './item';

/** A notebook item as the read returns it, with whether the tutor's last reply targeted it. */
type ItemRow = NotebookItem & { targetedLastTurn: boolean | null };

export interface LoadedNotebook {
  items: NotebookItem[];
  /** The item the tutor's last reply (before this turn) gave the learner a chance to use. */
  targetedItemId: string | null;
}

/**
 * Every item of the learner, and which one the session's last tutor reply targeted: one query.
 * A reply and the greeting stored at the same instant (a frozen clock) count the reply as later.
 */
export async function loadNotebook(prisma: Prisma, userId: string, sessionId: string, turnId: string): Promise<LoadedNotebook> {
  const rows = await prisma.$queryRaw<ItemRow[]>`
    SELECT i."id", i."kind", i."patternKey", i."family", i."pattern", i."type", i."corrected", i."params", i."lapses",
           i."due", i."stability", i."difficulty", i."elapsedDays", i."scheduledDays", i."learningSteps", i."reps",
           i."fsrsLapses", i."state", i."lastReviewedAt",
           i."id" = (SELECT c."reviewTargetId" FROM "Conversation" c
                      WHERE c."sessionId" = ${sessionId} AND c."role" = 'assistant' AND c."turnId" IS DISTINCT FROM ${turnId}
                      ORDER BY c."createdAt" DESC, (c."turnId" IS NOT NULL) DESC, c."id" DESC LIMIT 1) AS "targetedLastTurn"
      FROM "ReviewItem" i WHERE i."userId" = ${userId}`;
  const targeted = rows.find((row) => row.targetedLastTurn === true);
  return {
    items: rows.map(({ targetedLastTurn: _targeted, ...item }) => ({ ...item, stability: Number(item.stability), difficulty: Number(item.difficulty) })),
    targetedItemId: targeted?.id ?? null,
  };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** New items (a concurrent turn that made the same mistake first wins: same id) and new states. */
export async function saveItems(prisma: Prisma, userId: string, writes: readonly ItemWrite[], now: Date): Promise<void> {
  const created = writes.filter((w) => w.created);
  const updated = writes.filter((w) => !w.created);
  const row = ({ item, explanation, correctedSentence }: ItemWrite) => ({
    id: item.id,
    kind: item.kind,
    patternKey: item.patternKey,
    family: item.family,
    pattern: item.pattern,
    type: item.type,
    corrected: item.corrected,
    correctedSentence: correctedSentence ?? null,
    keepSentence: correctedSentence === undefined,
    explanation: explanation ?? null,
    params: item.params,
    lapses: item.lapses,
    due: iso(item.due),
    stability: item.stability,
    difficulty: item.difficulty,
    elapsedDays: item.elapsedDays,
    scheduledDays: item.scheduledDays,
    learningSteps: item.learningSteps,
    reps: item.reps,
    fsrsLapses: item.fsrsLapses,
    state: item.state,
    lastReviewedAt: iso(item.lastReviewedAt),
  });
  const recordset = `r("id" text, "kind" text, "patternKey" text, "family" text, "pattern" text, "type" text, "corrected" text,
    "correctedSentence" text, "keepSentence" boolean, "explanation" text, "params" jsonb, "lapses" int, "due" timestamp(3),
    "stability" float8, "difficulty" float8, "elapsedDays" int, "scheduledDays" int, "learningSteps" int, "reps" int,
    "fsrsLapses" int, "state" int, "lastReviewedAt" timestamp(3))`;
  if (created.length > 0) {
    await prisma.$executeRawUnsafe(
      `INSERT INTO "ReviewItem" ("id", "userId", "kind", "patternKey", "family", "pattern", "type", "corrected", "correctedSentence",
         "explanation", "params", "lapses", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps",
         "fsrsLapses", "state", "lastReviewedAt", "createdAt")
       SELECT r."id", $1, r."kind", r."patternKey", r."family", r."pattern", r."type", r."corrected", r."correctedSentence",
              COALESCE(r."explanation", ''), r."params", r."lapses", r."due", r."stability", r."difficulty", r."elapsedDays",
              r."scheduledDays", r."learningSteps", r."reps", r."fsrsLapses", r."state", r."lastReviewedAt", $2
         FROM jsonb_to_recordset($3::jsonb) AS ${recordset}
       ON CONFLICT ("userId", "patternKey") DO NOTHING`,
      userId,
      now,
      JSON.stringify(created.map(row)),
    );
  }
  if (updated.length > 0) {
    await prisma.$executeRawUnsafe(
      `UPDATE "ReviewItem" AS i SET
         "params" = r."params", "lapses" = r."lapses", "due" = r."due", "stability" = r."stability", "difficulty" = r."difficulty",
         "elapsedDays" = r."elapsedDays", "scheduledDays" = r."scheduledDays", "learningSteps" = r."learningSteps", "reps" = r."reps",
         "fsrsLapses" = r."fsrsLapses", "state" = r."state", "lastReviewedAt" = r."lastReviewedAt",
         "explanation" = COALESCE(NULLIF(r."explanation", ''), i."explanation"),
         "correctedSentence" = CASE WHEN r."keepSentence" THEN i."correctedSentence" ELSE r."correctedSentence" END
         FROM jsonb_to_recordset($1::jsonb) AS ${recordset}
        WHERE i."id" = r."id" AND i."userId" = $2`,
      JSON.stringify(updated.map(row)),
      userId,
    );
  }
}

export async function insertExamples(prisma: Prisma, examples: readonly ExampleWrite[]): Promise<void> {
  if (examples.length === 0) return;
  const rows = examples.map((e) => ({ id: randomUUID(), itemId: e.itemId, messageId: e.messageId, text: e.text, createdAt: e.createdAt.toISOString() }));
  await prisma.$executeRaw`
    INSERT INTO "ReviewExample" ("id", "itemId", "messageId", "text", "createdAt")
    SELECT r."id", r."itemId", r."messageId", r."text", r."createdAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "itemId" text, "messageId" text, "text" text, "createdAt" timestamp(3))
    ON CONFLICT ("itemId", "messageId") DO NOTHING`;
}

export async function insertLogs(prisma: Prisma, userId: string, logs: readonly LogWrite[]): Promise<void> {
  if (logs.length === 0) return;
  const rows = logs.map((l) => ({ ...l, id: randomUUID(), due: l.due.toISOString(), reviewedAt: l.reviewedAt.toISOString() }));
  await prisma.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "itemId", "userId", "rating", "source", "messageId", "answer", "due", "stability", "reviewedAt")
    SELECT r."id", r."itemId", ${userId}, r."rating", r."source", r."messageId", r."answer", r."due", r."stability", r."reviewedAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "itemId" text, "rating" text, "source" text,
           "messageId" text, "answer" text, "due" timestamp(3), "stability" float8, "reviewedAt" timestamp(3))`;
}
