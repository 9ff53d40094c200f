-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN "fsrsParameters" TEXT;

-- CreateTable
CREATE TABLE "FsrsOptimization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "progress" REAL NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "parametersBefore" TEXT,
    "parametersFitted" TEXT,
    "logLossBefore" REAL,
    "rmseBefore" REAL,
    "logLossAfter" REAL,
    "rmseAfter" REAL,
    "message" TEXT,
    CONSTRAINT "FsrsOptimization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "FsrsOptimization_userId_startedAt_idx" ON "FsrsOptimization"("userId", "startedAt");

