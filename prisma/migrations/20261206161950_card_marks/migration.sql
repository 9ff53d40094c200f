-- CreateTable
CREATE TABLE "CardMark" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "suspendedAt" DATETIME,
    "buriedUntil" DATETIME,
    "flag" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "cardId"),
    CONSTRAINT "CardMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardMark_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CardMark_cardId_idx" ON "CardMark"("cardId");

