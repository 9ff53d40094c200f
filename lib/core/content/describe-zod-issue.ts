import type { z } from 'zod';

export type FieldProblem = { path: PropertyKey[]; message: string };

/**
 * A zod issue in content-author terms. Parse with `{ reportInput: true }` so
 * missing values can be told apart from wrong ones.
 * - a missing or empty (`key:` with no value) field -> `required`
 * - an unknown key -> one `unknown field` problem per key, at that key
 * - an unknown or missing discriminator (`type`, `from`) -> names the options
 * - anything else -> zod's (or our schema's) message
 */
export function describeZodIssue(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return [{ path, message: 'required' }];
      return [{ path, message: `expected ${issue.expected}, received ${describeValue(issue.input)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }));
    case 'invalid_union': {
      const { discriminator, options } = issue as typeof issue & { discriminator?: string; options?: unknown[] };
      if (discriminator !== undefined && Array.isArray(options)) {
        const value = isRecord(issue.input) ? issue.input[discriminator] : undefined;
        const list = options.map((o) => JSON.stringify(o)).join(', ');
        const message = value === undefined || value === null ? `required (one of ${list})` : `must be one of ${list}`;
        return [{ path, message }];
      }
      return [{ path, message: issue.message }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
