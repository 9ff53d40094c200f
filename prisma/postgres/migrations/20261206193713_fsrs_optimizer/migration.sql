-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "fsrsParameters" TEXT;

-- CreateTable
CREATE TABLE "FsrsOptimization" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "parametersBefore" TEXT,
    "parametersFitted" TEXT,
    "logLossBefore" DOUBLE PRECISION,
    "rmseBefore" DOUBLE PRECISION,
    "logLossAfter" DOUBLE PRECISION,
    "rmseAfter" DOUBLE PRECISION,
    "message" TEXT,

    CONSTRAINT "FsrsOptimization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "FsrsOptimization_userId_startedAt_idx" ON "FsrsOptimization"("userId", "startedAt");

-- AddForeignKey
ALTER TABLE "FsrsOptimization" ADD CONSTRAINT "FsrsOptimization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

