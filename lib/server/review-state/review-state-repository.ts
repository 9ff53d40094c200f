import 'server-only';
import { currentDatabaseProvider } from '../current-database-provider';
import { postgresReviewStateRepository } from './postgres-review-state-repository';
import { sqliteReviewStateRepository } from './sqlite-review-state-repository';
import type { ReviewStateRepository } from './types';

let chosen: ReviewStateRepository | undefined;

/** This process's repository of scheduling state, chosen once by the database it runs on (ADR 012, 029). */
export function reviewStateRepository(): ReviewStateRepository {
  chosen ??= currentDatabaseProvider() === 'sqlite' ? sqliteReviewStateRepository() : postgresReviewStateRepository();
  return chosen;
}
