-- CreateTable
CREATE TABLE "CardMark" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "suspendedAt" TIMESTAMP(3),
    "buriedUntil" TIMESTAMP(3),
    "flag" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardMark_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateIndex
CREATE INDEX "CardMark_cardId_idx" ON "CardMark"("cardId");

-- AddForeignKey
ALTER TABLE "CardMark" ADD CONSTRAINT "CardMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardMark" ADD CONSTRAINT "CardMark_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

