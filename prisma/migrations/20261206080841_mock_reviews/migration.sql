-- AlterTable
ALTER TABLE "MockCriterionRating" ADD COLUMN "level" TEXT;

-- CreateTable
CREATE TABLE "MockReview" (
    "attemptId" TEXT NOT NULL PRIMARY KEY,
    "reviewerId" TEXT,
    "verdict" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "traps" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MockReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "MockAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MockReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MockReview_reviewerId_idx" ON "MockReview"("reviewerId");

