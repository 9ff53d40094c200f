import 'server-only';
/**
 * Whether an error is a unique-constraint violation (a duplicate key, usually a race): Prisma's P2002,
 * better-sqlite3's own codes from the statements run on the dedicated connection, or pg's 23505
 * (unique_violation) from the named statements on PostgreSQL.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'P2002' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
