import 'server-only';
import { db } from '../db';

type Client = Pick<typeof db, '$executeRaw'>;

/**
 * Ends every session of a user (ADR 025): tokens carry the version they began with, and one that
 * differs is refused wherever a session is read. One statement (the column is nullable: null = 0).
 */
export async function bumpSessionVersion(userId: string, client: Client = db): Promise<void> {
  await client.$executeRaw`UPDATE "User" SET "sessionVersion" = COALESCE("sessionVersion", 0) + 1 WHERE "id" = ${userId}`;
}
