-- CreateTable
CREATE TABLE "ReviewState" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "phase" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "cardId"),
    CONSTRAINT "ReviewState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewState_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "grade" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'review',
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER,
    "phaseBefore" INTEGER NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT NOT NULL,
    "undoneAt" DATETIME,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "maximumIntervalDays" INTEGER NOT NULL DEFAULT 36500,
    "interviewDate" DATETIME,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "deckIds" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewState_userId_due_idx" ON "ReviewState"("userId", "due");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- CreateIndex
CREATE INDEX "ReviewLog_cardId_idx" ON "ReviewLog"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLog_userId_reviewId_key" ON "ReviewLog"("userId", "reviewId");

