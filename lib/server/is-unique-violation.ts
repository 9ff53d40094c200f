import 'server-only';
/** Whether a Prisma error is a unique-constraint violation (P2002): a duplicate key, usually a race. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
