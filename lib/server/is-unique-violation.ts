import 'server-only';
/**
 * Whether an error is a unique-constraint violation (a duplicate key, usually a race): Prisma's P2002,
 * or better-sqlite3's own code from the statements run on the dedicated connection.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'P2002' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
