-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "materialAuthor" TEXT,
ADD COLUMN     "materialKind" TEXT,
ADD COLUMN     "videoId" TEXT;
