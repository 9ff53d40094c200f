-- CreateTable
CREATE TABLE "CardProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cardId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "front" TEXT NOT NULL,
    "back" TEXT NOT NULL,
    "explanation" TEXT,
    "reason" TEXT NOT NULL,
    "beforeFront" TEXT NOT NULL,
    "beforeBack" TEXT NOT NULL,
    "beforeExplanation" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CardProposal_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CardProposal_cardId_status_idx" ON "CardProposal"("cardId", "status");

-- CreateIndex
CREATE INDEX "CardProposal_status_createdAt_idx" ON "CardProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CardProposal_decidedById_idx" ON "CardProposal"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "CardProposal_proposerId_requestId_key" ON "CardProposal"("proposerId", "requestId");

