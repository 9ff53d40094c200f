-- AlterTable
ALTER TABLE "MockCriterionRating" ADD COLUMN     "level" TEXT;

-- CreateTable
CREATE TABLE "MockReview" (
    "attemptId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "verdict" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "traps" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MockReview_pkey" PRIMARY KEY ("attemptId")
);

-- CreateIndex
CREATE INDEX "MockReview_reviewerId_idx" ON "MockReview"("reviewerId");

-- AddForeignKey
ALTER TABLE "MockReview" ADD CONSTRAINT "MockReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "MockAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockReview" ADD CONSTRAINT "MockReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

