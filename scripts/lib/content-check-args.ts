/** The arguments of `npm run content:check` (DESIGN.md §2): `[--json] [--dir <content directory>]`. */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

export const CONTENT_CHECK_USAGE = 'usage: content-check [--json] [--dir <content directory>]';

const ContentCheckArgsSchema = z.object({
  json: z.boolean(),
  dir: z.string().min(1, '--dir needs a path').optional(),
  help: z.boolean(),
});
export type ContentCheckArgs = z.infer<typeof ContentCheckArgsSchema>;

export function parseContentCheckArgs(argv: readonly string[]): CliResult<ContentCheckArgs> {
  return parseCli(
    argv,
    {
      json: { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    ContentCheckArgsSchema,
  );
}
