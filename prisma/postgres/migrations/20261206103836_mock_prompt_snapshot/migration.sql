-- AlterTable
ALTER TABLE "MockAttempt" ADD COLUMN     "promptSnapshot" TEXT;

