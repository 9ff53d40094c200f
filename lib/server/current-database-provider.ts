import 'server-only';
import { databaseProvider, type DatabaseProvider } from './database-url';
import { env } from './env';

let chosen: DatabaseProvider | undefined;

/** The database this process runs on, chosen once from DATABASE_URL (ADR 005); everything that differs by engine asks here. */
export function currentDatabaseProvider(): DatabaseProvider {
  chosen ??= databaseProvider(env().DATABASE_URL);
  return chosen;
}
