-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "reviewTargetId" TEXT;

-- AlterTable
ALTER TABLE "Correction" ADD COLUMN     "reviewItemId" TEXT;

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "patternKey" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "correctedSentence" TEXT,
    "explanation" TEXT NOT NULL DEFAULT '',
    "params" JSONB NOT NULL DEFAULT '{}',
    "phraseId" TEXT,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "difficulty" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "fsrsLapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewExample" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "messageId" TEXT,
    "answer" TEXT,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_phraseId_key" ON "ReviewItem"("phraseId");

-- CreateIndex
CREATE INDEX "ReviewItem_userId_due_idx" ON "ReviewItem"("userId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_userId_patternKey_key" ON "ReviewItem"("userId", "patternKey");

-- CreateIndex
CREATE INDEX "ReviewExample_messageId_idx" ON "ReviewExample"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewExample_itemId_messageId_key" ON "ReviewExample"("itemId", "messageId");

-- CreateIndex
CREATE INDEX "ReviewLog_itemId_reviewedAt_idx" ON "ReviewLog"("itemId", "reviewedAt");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_reviewTargetId_fkey" FOREIGN KEY ("reviewTargetId") REFERENCES "ReviewItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_reviewItemId_fkey" FOREIGN KEY ("reviewItemId") REFERENCES "ReviewItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_phraseId_fkey" FOREIGN KEY ("phraseId") REFERENCES "PracticePhrase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewExample" ADD CONSTRAINT "ReviewExample_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewExample" ADD CONSTRAINT "ReviewExample_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Phrases saved before the notebook existed join the review queue, due at once (new FSRS cards).
-- The id is derived from (userId, patternKey) exactly as server/learning/review/item-id.ts does.
INSERT INTO "ReviewItem" ("id", "userId", "kind", "patternKey", "family", "pattern", "type", "corrected", "explanation", "phraseId", "due", "createdAt")
SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12),
       p."userId", 'phrase', 'phrase:' || p."id", 'phrase', p."englishText", 'vocabulary', p."englishText", COALESCE(p."koreanText", ''), p."id", p."createdAt", p."createdAt"
  FROM (SELECT pp.*, encode(sha256(convert_to(pp."userId" || E'\n' || 'phrase:' || pp."id", 'UTF8')), 'hex') AS h
          FROM "PracticePhrase" pp WHERE pp."userId" IS NOT NULL) AS p;
