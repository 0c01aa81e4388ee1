-- CreateTable
CREATE TABLE "TurnEvent" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "turnId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TurnEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TurnEvent_sessionId_createdAt_idx" ON "TurnEvent"("sessionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TurnEvent_turnId_seq_key" ON "TurnEvent"("turnId", "seq");

-- CreateIndex
CREATE INDEX "Conversation_turnId_idx" ON "Conversation"("turnId");

-- AddForeignKey
ALTER TABLE "TurnEvent" ADD CONSTRAINT "TurnEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

