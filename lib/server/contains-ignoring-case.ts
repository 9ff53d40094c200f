import 'server-only';
import { currentDatabaseProvider } from './current-database-provider';

/** A Prisma string filter: the SQLite client's type, which has no `mode`. */
type ContainsFilter = { contains: string };

/**
 * A `contains` filter that ignores letter case on both databases, for every text search. Prisma's
 * `contains` is LIKE: SQLite's LIKE ignores (ASCII) case, PostgreSQL's does not. On PostgreSQL the
 * filter adds `mode: 'insensitive'` (ILIKE); the SQLite client rejects `mode`, so it is added only
 * there (and cast, since the shared client type is SQLite's). This closes the "known difference
 * left" of ADR 005. Both fold A–Z only: ILIKE folds by the database's LC_CTYPE, and the C locale
 * ADR 005 asks for folds ASCII only, as SQLite does (É and é stay different on both).
 */
export function containsIgnoringCase(text: string): ContainsFilter {
  if (currentDatabaseProvider() === 'postgresql') {
    return { contains: text, mode: 'insensitive' } as ContainsFilter;
  }
  return { contains: text };
}
