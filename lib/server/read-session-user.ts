import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { Role } from '@/lib/generated/prisma/enums';
import { currentDatabaseProvider } from './current-database-provider';
import { preparedQuery } from './postgres-pool';
import { sqliteConnection } from './sqlite-connection';

export type SessionUserRow = { role: Role; sessionVersion: number };
let statement: Statement<[string], { role: Role; sessionVersion: number | null }> | undefined;

/**
 * The role and session version of a session's user, or null when the account is gone: read on every
 * request that carries a session (ADR 025). On SQLite a prepared statement, since the review API's hot
 * path pays for it (ADR 003); a named prepared statement on PostgreSQL (ADR 029).
 */
export async function readSessionUser(userId: string): Promise<SessionUserRow | null> {
  if (currentDatabaseProvider() === 'sqlite') {
    statement ??= sqliteConnection().prepare('SELECT "role", "sessionVersion" FROM "User" WHERE "id" = ?');
    const row = statement.get(userId);
    return row ? { role: row.role, sessionVersion: row.sessionVersion ?? 0 } : null;
  }
  const [row] = (
    await preparedQuery<{ role: Role; sessionVersion: number | null }>(
      'delight_session_user',
      'SELECT "role", "sessionVersion" FROM "User" WHERE "id" = $1',
      [userId],
    )
  ).rows;
  return row ? { role: row.role, sessionVersion: row.sessionVersion ?? 0 } : null;
}

/** Whether a token's session version (absent on older tokens: 0) is still the user's. */
export function isCurrentSession(tokenVersion: number | undefined, row: SessionUserRow | null): row is SessionUserRow {
  return row !== null && (tokenVersion ?? 0) === row.sessionVersion;
}
