import type { RowError } from './types';

/** `line 4: back: required` — how an import problem reads in the UI and in tests. */
export function formatRowError(error: RowError): string {
  return `${error.line === null ? 'file' : `line ${error.line}`}: ${error.field}: ${error.message}`;
}
