import type { ContentIssue } from '@/lib/core/content/types';

/**
 * `file: field: message` — the contract form (DESIGN.md §2).
 * Problems without a field (YAML syntax) read `file:line:col: message`.
 * With `{ lines: true }` (for people, not the contract) a located field problem
 * reads `file:line: field: message`.
 */
export function formatContentIssue(issue: ContentIssue, options: { lines?: boolean } = {}): string {
  if (issue.field === undefined) {
    const at = issue.line === undefined ? '' : `:${issue.line}${issue.col === undefined ? '' : `:${issue.col}`}`;
    return `${issue.file}${at}: ${issue.message}`;
  }
  const at = options.lines && issue.line !== undefined ? `:${issue.line}` : '';
  return `${issue.file}${at}: ${issue.field}: ${issue.message}`;
}
