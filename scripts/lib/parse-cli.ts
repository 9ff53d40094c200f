/**
 * The one way the command-line scripts read their arguments: `node:util` `parseArgs` (strict, so an
 * unknown flag or a flag without its value is an error) for the shape, then a zod schema for the values
 * (required flags, numbers, names from a list). A bad argument comes back as a one-line message for
 * the script to print with its usage line; the script decides the exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

type Options = NonNullable<ParseArgsConfig['options']>;

export type CliResult<T> = { ok: true; args: T } | { ok: false; message: string };

/** The schema sees the flags by name (`--dry-run` as `'dry-run'`) and the positionals as `positionals`. */
export function parseCli<S extends z.ZodType>(
  argv: readonly string[],
  options: Options,
  schema: S,
  { allowPositionals = false }: { allowPositionals?: boolean } = {},
): CliResult<z.output<S>> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    // parseArgs explains an ambiguous value over three lines; the first one says what is wrong.
    if (isParseArgsError(error)) return { ok: false, message: error.message.split('\n')[0] ?? error.message };
    throw error;
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'bad arguments' };
  return { ok: true, args: result.data };
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_');
}
